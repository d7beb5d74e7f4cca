// The issuing CA's CRL, made fresh from the registry on every request (valid for a day).
import 'reflect-metadata';
import * as x509 from '@peculiar/x509';
import { prisma as sharedPrisma } from '@/lib/db/client';
import { wholeSeconds } from '../pki/der';
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
const CRL_VALIDITY_MS = 24 * 60 * 60 * 1000;
const issued = new Map<string, { der: Uint8Array; at: number }>();

export function invalidateCrl(): void {
  issued.clear();
}

interface CrlEntry {
  serial: string;
  revokedAt: Date | null;
  revocationReason: string | null;
}

async function cached(key: string, now: Date | undefined, make: (now: Date) => Promise<Uint8Array>): Promise<Uint8Array> {
  const hit = issued.get(key);
  if (!now && hit && Date.now() - hit.at < CRL_REUSE_MS) return hit.der;
  const der = await make(now ?? new Date());
  if (!now) issued.set(key, { der, at: Date.now() });
  return der;
}

/** DER CRL signed by the issuing CA, listing every revoked or suspended serial (pegawai and TSA). */
export async function buildCrl(options: { db?: Db; caDir?: string; now?: Date } = {}): Promise<Uint8Array> {
  const ca = await loadCa(options.caDir);
  return cached(`issuing:${ca.dir}`, options.now, async (now) => {
    const revoked = await (options.db ?? sharedPrisma).sertifikatElektronik.findMany({
      where: { penerbit: 'MOCK_CA', status: { in: ['REVOKE', 'SUSPEND'] } },
      select: { serial: true, revokedAt: true, revocationReason: true },
      orderBy: { revokedAt: 'asc' },
    });
    return issueCrl(ca.issuing, revoked, now);
  });
}

/** DER CRL signed by the root: the revocation data of the issuing CA (the mock root never revokes it). */
export async function buildRootCrl(options: { caDir?: string; now?: Date } = {}): Promise<Uint8Array> {
  const ca = await loadCa(options.caDir);
  return cached(`root:${ca.dir}`, options.now, (now) => issueCrl(ca.root, [], now));
}

async function issueCrl(issuer: CaMaterial['root'], revoked: CrlEntry[], now: Date): Promise<Uint8Array> {
  const crl = await x509.X509CrlGenerator.create({
    issuer: issuer.certificate.subject,
    thisUpdate: wholeSeconds(now),
    nextUpdate: wholeSeconds(new Date(now.getTime() + CRL_VALIDITY_MS)),
    signingAlgorithm: SIGNING_ALGORITHM,
    signingKey: await toCryptoKey(issuer.key),
    extensions: [await x509.AuthorityKeyIdentifierExtension.create(issuer.certificate.publicKey)],
    entries: revoked.map((r) => ({
      serialNumber: r.serial,
      revocationDate: r.revokedAt ?? now,
      reason: CRL_REASONS[r.revocationReason ?? 'unspecified'] ?? x509.X509CrlReason.unspecified,
    })),
  });
  return new Uint8Array(crl.rawData);
}
