// The issuing CA's CRL, made fresh from the registry on every request (valid for a day).
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { prisma as sharedPrisma } from '@/lib/db/client';
import { toCryptoKey } from '../pki/keys';
import { loadCa, SIGNING_ALGORITHM } from './ca-store';
import type { Db } from './certificates';

const CRL_REASONS: Record<string, x509.X509CrlReason> = {
  unspecified: x509.X509CrlReason.unspecified,
  keyCompromise: x509.X509CrlReason.keyCompromise,
  affiliationChanged: x509.X509CrlReason.affiliationChanged,
  superseded: x509.X509CrlReason.superseded,
  cessationOfOperation: x509.X509CrlReason.cessationOfOperation,
  certificateHold: x509.X509CrlReason.certificateHold,
};

/** DER CRL signed by the issuing CA, listing every revoked or suspended serial. */
export async function buildCrl(options: { db?: Db; caDir?: string; now?: Date } = {}): Promise<Uint8Array> {
  const db = options.db ?? sharedPrisma;
  const ca = await loadCa(options.caDir);
  const now = options.now ?? new Date();
  const revoked = await db.sertifikatElektronik.findMany({
    where: { status: { in: ['REVOKE', 'SUSPEND'] } },
    select: { serial: true, revokedAt: true, revocationReason: true },
    orderBy: { revokedAt: 'asc' },
  });
  const crl = await x509.X509CrlGenerator.create({
    issuer: ca.issuing.certificate.subject,
    thisUpdate: now,
    nextUpdate: new Date(now.getTime() + 24 * 60 * 60 * 1000),
    signingAlgorithm: SIGNING_ALGORITHM,
    signingKey: await toCryptoKey(ca.issuing.key),
    extensions: [await x509.AuthorityKeyIdentifierExtension.create(ca.issuing.certificate.publicKey)],
    entries: revoked.map((r) => ({
      serialNumber: r.serial,
      revocationDate: r.revokedAt ?? now,
      reason: CRL_REASONS[r.revocationReason ?? 'unspecified'] ?? x509.X509CrlReason.unspecified,
    })),
  });
  return new Uint8Array(crl.rawData);
}
