// BSrE's status API says ISSUE or EXPIRED but never until when: the certificate BSrE signed with
// (read from the CMS it returned) is kept per pegawai, so the 30-day expiry warning and the konsep's
// fail-early check know its end. The certificate only: BSrE keeps the key, and the passphrase
// never reaches this table.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import type { Prisma } from '@/lib/generated/prisma/client';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/** Within the signing's commit: one row per certificate (issuer BSrE, serial), the holder kept current. */
export async function recordSertifikatBsre(tx: Prisma.TransactionClient, { pegawaiId, certificate }: { pegawaiId: string; certificate: Uint8Array }): Promise<void> {
  const parsed = new x509.X509Certificate(Buffer.from(certificate));
  const { nik } = await tx.pegawai.findUniqueOrThrow({ where: { id: pegawaiId }, select: { nik: true } });
  const serial = parsed.serialNumber.toLowerCase();
  await tx.sertifikatElektronik.upsert({
    where: { penerbit_serial: { penerbit: 'BSRE', serial } },
    create: {
      penerbit: 'BSRE',
      pegawaiId,
      nik,
      serial,
      subjectName: parsed.subject,
      certificatePem: parsed.toString('pem'),
      notBefore: parsed.notBefore,
      notAfter: parsed.notAfter,
    },
    update: { pegawaiId, nik },
  });
}
