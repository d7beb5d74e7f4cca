// BSrE's status API says ISSUE or EXPIRED but never until when: the certificate BSrE signed with
// (read from the CMS it returned) is kept per pegawai, so the 30-day expiry warning and the konsep's
// fail-early check know its end. The certificate only: BSrE keeps the key, and the passphrase
// never reaches this table.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { prisma } from '@/lib/db';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/**
 * After the signing's commit, best-effort: one row per certificate (issuer BSrE, serial), the holder
 * kept current. A certificate that cannot be read or stored is reported and skipped; the letters are
 * signed either way, and the next signing tries again.
 */
export async function recordSertifikatBsre(pegawaiId: string, certificates: (Uint8Array | undefined)[]): Promise<void> {
  const distinct = new Map(certificates.filter((c): c is Uint8Array => c !== undefined).map((c) => [Buffer.from(c).toString('base64'), c]));
  for (const certificate of distinct.values()) {
    try {
      const parsed = new x509.X509Certificate(Buffer.from(certificate));
      const { nik } = await prisma.pegawai.findUniqueOrThrow({ where: { id: pegawaiId }, select: { nik: true } });
      const serial = parsed.serialNumber.toLowerCase();
      await prisma.sertifikatElektronik.upsert({
        where: { penerbit_serial: { penerbit: 'BSRE', serial } },
        create: { penerbit: 'BSRE', pegawaiId, nik, serial, subjectName: parsed.subject, certificatePem: parsed.toString('pem'), notBefore: parsed.notBefore, notAfter: parsed.notAfter },
        update: { pegawaiId, nik },
      });
    } catch (error) {
      console.error(`sertifikat BSrE pegawai ${pegawaiId} tidak tersimpan: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
}
