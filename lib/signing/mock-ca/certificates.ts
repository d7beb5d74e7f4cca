// The mock CA's registry of pegawai certificates, kept in PostgreSQL so any app instance can sign.
import 'reflect-metadata';
import { X509Certificate, type KeyObject } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import { prisma as sharedPrisma } from '@/lib/db/client';
import { publicBaseUrl } from '@/lib/public-url';
import type { PrismaClient, SertifikatElektronik } from '@/lib/generated/prisma/client';
import { decryptPrivateKey, encryptPrivateKey, generateSigningKeyPair, toCryptoKey, toPublicCryptoKey, WrongPassphraseError } from '../pki/keys';
import { SigningError, type SignerStatus } from '../types';
import { invalidateCrl } from './crl';
import { caChain, loadCa, randomSerial, SIGNING_ALGORITHM, type CaMaterial } from './ca-store';
import { assertMaySign, effectiveStatus } from './status';

const VALIDITY_MS = 2 * 365 * 24 * 60 * 60 * 1000;

export type Db = Pick<PrismaClient, 'sertifikatElektronik' | '$transaction'>;

export interface CertificateHolder {
  /** Pegawai id, when the holder is a pegawai of this instance. */
  id?: string;
  nama: string;
  nik: string;
  /** The instansi name, the certificate's O. */
  instansi: string;
}

export interface CertificateOptions {
  db?: Db;
  /** Public base URL of this app for the CRL and OCSP addresses; publicBaseUrl() by default. */
  baseUrl?: string;
  caDir?: string;
}

export function pkiBaseUrl(baseUrl?: string): string {
  return baseUrl ? baseUrl.replace(/\/+$/, '') : publicBaseUrl();
}

/** The rows this CA issued (the table also keeps the certificates BSrE signed with). */
const OURS = { penerbit: 'MOCK_CA' } as const;

/** The holder's newest certificate row from the mock CA, whatever its status. */
export async function findCurrentCertificate(nik: string, db: Db = sharedPrisma): Promise<SertifikatElektronik | null> {
  return db.sertifikatElektronik.findFirst({ where: { nik, ...OURS }, orderBy: { createdAt: 'desc' } });
}

/** The status BSrE would report for this NIK (NOT_REGISTERED when the mock CA never issued one). */
export async function getCertificateStatus(nik: string, options: { db?: Db; now?: Date } = {}): Promise<SignerStatus> {
  return effectiveStatus(await findCurrentCertificate(nik, options.db), options.now ?? new Date());
}

/**
 * The holder's usable certificate, issued now under the given passphrase when there is none that
 * may sign (none yet, revoked, expired). An existing valid certificate is returned as it is: its
 * key stays under the passphrase it was issued with.
 */
export async function ensureCertificate(holder: CertificateHolder, passphrase: string, options: CertificateOptions = {}): Promise<SertifikatElektronik> {
  const db = options.db ?? sharedPrisma;
  if (!/^\d{16}$/.test(holder.nik)) throw new Error('NIK must be 16 digits');
  if (passphrase.length < 8) throw new Error('passphrase must be at least 8 characters');
  const current = await findCurrentCertificate(holder.nik, db);
  const ca = await loadCa(options.caDir);
  if (current && isUsable(ca, current)) return current;

  const issued = await issue(ca, holder, passphrase, pkiBaseUrl(options.baseUrl));
  return db.$transaction(async (tx) => {
    // Two requests for the same NIK at once: the second waits here and keeps the first one's certificate.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${`sertifikat:${holder.nik}`}))`;
    const again = await tx.sertifikatElektronik.findFirst({ where: { nik: holder.nik, ...OURS }, orderBy: { createdAt: 'desc' } });
    if (again && again.id !== current?.id && isUsable(ca, again)) return again;
    return tx.sertifikatElektronik.create({ data: { ...issued, pegawaiId: holder.id ?? null, nik: holder.nik } });
  });
}

interface CertificateFacts {
  der: Uint8Array;
  holderName: string;
  /** Issuing-CA directories whose key signed this certificate (a past CA's certificates do not chain). */
  issuedBy: Map<string, boolean>;
  native: X509Certificate;
}
const facts = new Map<string, CertificateFacts>();

/** What signing needs from a stored certificate, parsed once per process with Node's own X.509 parser. */
function certificateFacts(row: SertifikatElektronik): CertificateFacts {
  let known = facts.get(row.serial);
  if (!known) {
    const native = new X509Certificate(row.certificatePem);
    const cn = native.subject.split('\n').find((line) => line.startsWith('CN='))?.slice(3);
    known = { der: new Uint8Array(native.raw), holderName: cn ?? row.nik, issuedBy: new Map(), native };
    if (facts.size > 1000) facts.clear();
    facts.set(row.serial, known);
  }
  return known;
}

/** False for a certificate of an earlier mock CA (its directory was deleted): it cannot chain to today's root. */
export function issuedByCurrentCa(ca: CaMaterial, row: SertifikatElektronik): boolean {
  const known = certificateFacts(row);
  let result = known.issuedBy.get(ca.dir);
  if (result === undefined) {
    result = known.native.verify(ca.issuingPublicKey);
    known.issuedBy.set(ca.dir, result);
  }
  return result;
}

/** Whether a stored certificate may sign today and chains to the current mock CA. */
export function isUsable(ca: CaMaterial, row: SertifikatElektronik | null, now = new Date()): boolean {
  return !!row && effectiveStatus(row, now) === 'ISSUE' && issuedByCurrentCa(ca, row);
}

async function issue(ca: CaMaterial, holder: CertificateHolder, passphrase: string, baseUrl: string) {
  const keys = await generateSigningKeyPair();
  const publicKey = await toPublicCryptoKey(keys.publicKey);
  const now = Date.now();
  const notBefore = new Date(now - 5 * 60 * 1000);
  const notAfter = new Date(now + VALIDITY_MS);
  const subject: x509.JsonName = [{ C: ['ID'] }, { O: [holder.instansi] }, { CN: [holder.nama] }, { '2.5.4.5': [holder.nik] }];
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: randomSerial(),
    subject,
    issuer: ca.issuing.certificate.subject,
    notBefore,
    notAfter,
    publicKey,
    signingKey: await toCryptoKey(ca.issuing.key),
    signingAlgorithm: SIGNING_ALGORITHM,
    extensions: [
      new x509.BasicConstraintsExtension(false, undefined, true),
      new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true),
      await x509.SubjectKeyIdentifierExtension.create(publicKey),
      await x509.AuthorityKeyIdentifierExtension.create(ca.issuing.certificate.publicKey),
      new x509.CRLDistributionPointsExtension([`${baseUrl}/api/pki/crl`]),
      new x509.AuthorityInfoAccessExtension({ ocsp: `${baseUrl}/api/pki/ocsp`, caIssuers: `${baseUrl}/api/pki/issuer` }),
    ],
  });
  return {
    serial: certificate.serialNumber.toLowerCase(),
    subjectName: certificate.subject,
    certificatePem: certificate.toString('pem'),
    encryptedPrivateKey: encryptPrivateKey(keys.privateKey, passphrase),
    notBefore,
    notAfter,
  };
}

export interface UnlockedSigningKey {
  privateKey: KeyObject;
  /** The signer's certificate, DER. */
  certificate: Uint8Array;
  /** Issuing CA then root, DER. */
  chain: Uint8Array[];
  serial: string;
  /** The certificate's CN, for the signature dictionary's /Name. */
  holderName: string;
  ca: CaMaterial;
}

/**
 * The signer's private key, decrypted with the passphrase, after checking that the certificate may
 * sign. Throws SigningError NOT_REGISTERED, CERT_REVOKED, CERT_SUSPENDED, CERT_EXPIRED or WRONG_PASSPHRASE.
 */
export async function unlockSigningKey(nik: string, passphrase: string, options: { db?: Db; caDir?: string } = {}): Promise<UnlockedSigningKey> {
  const current = await findCurrentCertificate(nik, options.db);
  assertMaySign(effectiveStatus(current, new Date()));
  const row = current as SertifikatElektronik;
  let privateKey: KeyObject;
  try {
    privateKey = decryptPrivateKey(row.encryptedPrivateKey!, passphrase);
  } catch (error) {
    if (error instanceof WrongPassphraseError) throw new SigningError('WRONG_PASSPHRASE');
    throw error;
  }
  const ca = await loadCa(options.caDir);
  if (!issuedByCurrentCa(ca, row)) throw new SigningError('NO_CERTIFICATE', 'sertifikat diterbitkan oleh mock CA lama');
  const { der, holderName } = certificateFacts(row);
  return { privateKey, certificate: der, chain: caChain(ca), serial: row.serial, holderName, ca };
}

export const REVOCATION_REASONS = ['unspecified', 'keyCompromise', 'affiliationChanged', 'superseded', 'cessationOfOperation'] as const;
export type RevocationReason = (typeof REVOCATION_REASONS)[number];

/** Revokes the NIK's certificates that are not revoked yet; returns how many. */
export async function revokeCertificate(nik: string, reason: RevocationReason = 'unspecified', options: { db?: Db; at?: Date } = {}): Promise<number> {
  const db = options.db ?? sharedPrisma;
  const { count } = await db.sertifikatElektronik.updateMany({
    where: { nik, ...OURS, status: { not: 'REVOKE' } },
    data: { status: 'REVOKE', revokedAt: options.at ?? new Date(), revocationReason: reason },
  });
  invalidateCrl();
  return count;
}

/** Suspends (SUSPEND, "certificateHold" on the CRL) or lifts a suspension (back to ISSUE). */
export async function setCertificateSuspended(nik: string, suspended: boolean, options: { db?: Db } = {}): Promise<number> {
  const db = options.db ?? sharedPrisma;
  const { count } = await db.sertifikatElektronik.updateMany({
    where: { nik, ...OURS, status: suspended ? 'ISSUE' : 'SUSPEND' },
    data: suspended ? { status: 'SUSPEND', revokedAt: new Date(), revocationReason: 'certificateHold' } : { status: 'ISSUE', revokedAt: null, revocationReason: null },
  });
  invalidateCrl();
  return count;
}
