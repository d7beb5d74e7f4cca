// The issuing CA's CRL, made fresh from the registry on every request (valid for a day).
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { prisma as sharedPrisma } from '@/lib/db/client';
import { toCryptoKey } from '../pki/keys';
import { loadCa, SIGNING_ALGORITHM, type CaMaterial } from './ca-store';
import type { Db } from './certificates';

const CRL_REASONS: Record<string, x509.X509CrlReason> = {
  unspecified: x509.X509CrlReason.unspecified,
  keyCompromise: x509.X509CrlReason.keyCompromise,
  affiliationChanged: x509.X509CrlReason.affiliationChanged,
  superseded: x509.X509CrlReason.superseded,
  cessationOfOperation: x509.X509CrlReason.cessationOfOperation,
  certificateHold: x509.X509CrlReason.certificateHold,
};

/**
 * A CRL is reissued at most once a minute per process, as a CA publishes CRLs periodically;
 * revoking or suspending through this process reissues it at once (invalidateCrl).
 */
const CRL_REUSE_MS = 60_000;
const issued = new Map<string, { der: Uint8Array; at: number }>();

export function invalidateCrl(): void {
  issued.clear();
}

/** DER CRL signed by the issuing CA, listing every revoked or suspended serial. */
export async function buildCrl(options: { db?: Db; caDir?: string; now?: Date } = {}): Promise<Uint8Array> {
  const ca = await loadCa(options.caDir);
  const cached = issued.get(ca.dir);
  if (!options.now && cached && Date.now() - cached.at < CRL_REUSE_MS) return cached.der;
  const der = await issueCrl(ca, options.db ?? sharedPrisma, options.now ?? new Date());
  if (!options.now) issued.set(ca.dir, { der, at: Date.now() });
  return der;
}

async function issueCrl(ca: CaMaterial, db: Db, now: Date): Promise<Uint8Array> {
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
