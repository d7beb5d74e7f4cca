// Certification path validation (RFC 5280 section 6) from the signer outward: every signature on
// the path verified by the next certificate's key, names chained, CA constraints and key usages,
// validity at the validation time, and revocation of every certificate below the trusted root.
import type * as pkijs from 'pkijs';
import { checkRevocation, crlUrls, type RevocationCheck } from '../revocation';
import type { CertificateReport } from '../types';
import { buildPaths } from './build-paths';
import {
  allowsKeyUsage,
  basicConstraints,
  commonName,
  displayName,
  extendedKeyUsage,
  isSelfIssued,
  KEY_PURPOSE,
  KEY_USAGE,
  serialHex,
  unknownCriticalExtensions,
} from './certificate-facts';
import type { TrustStore } from './trust-store';

export type PathRole = 'SIGNER' | 'TSA';

export type PathFailure =
  | 'NO_CERTIFICATE_CHAIN_FOUND'
  | 'CHAIN_CONSTRAINTS_FAILURE'
  | 'SIG_CONSTRAINTS_FAILURE'
  | 'NOT_YET_VALID'
  | 'EXPIRED'
  | 'REVOKED'
  | 'REVOKED_CA'
  | 'REVOCATION_UNKNOWN';

export interface PathValidation {
  failure: PathFailure | null;
  /** Position on the path of the certificate that failed (0 = the target). */
  failedAt: number | null;
  /** Why, in Bahasa Indonesia. */
  problem: string | null;
  path: CertificateReport[];
  /** The target's own revocation status. */
  revocation: RevocationCheck | null;
  /** The document's DSS alone answered the revocation of every certificate below the root. */
  revocationFromDss: boolean;
}

const quoted = (certificate: pkijs.Certificate) => `"${commonName(certificate.subject) ?? displayName(certificate.subject)}"`;

function report(certificate: pkijs.Certificate, role: CertificateReport['role'], trustAnchor: boolean): CertificateReport {
  return {
    role,
    subject: displayName(certificate.subject),
    issuer: displayName(certificate.issuer),
    serial: serialHex(certificate),
    notBefore: certificate.notBefore.value,
    notAfter: certificate.notAfter.value,
    trustAnchor,
    revocation: { status: 'NOT_CHECKED', revokedAt: null, source: null, method: null },
    problems: [],
  };
}

/** The best path for the certificate: the first that passes, else the first that reached a root. */
export async function validateCertificate(target: pkijs.Certificate, role: PathRole, at: Date, store: TrustStore): Promise<PathValidation> {
  const paths = await buildPaths(target, store);
  if (paths.length === 0) {
    const alone = report(target, role, false);
    const problem = `Sertifikat ${quoted(target)} tidak dapat dirantai ke root tepercaya: tidak ada sertifikat penerbit yang kuncinya membuktikan tanda tangan pada sertifikat ini.`;
    alone.problems.push(problem);
    return { failure: 'NO_CERTIFICATE_CHAIN_FOUND', failedAt: 0, problem, path: [alone], revocation: null, revocationFromDss: false };
  }
  let first: PathValidation | null = null;
  for (const path of paths) {
    const result = await validatePath(path, role, at, store);
    if (!result.failure) return result;
    first ??= result;
  }
  return first!;
}

async function validatePath(path: pkijs.Certificate[], role: PathRole, at: Date, store: TrustStore): Promise<PathValidation> {
  const last = path.length - 1;
  const reports = path.map((c, i) => report(c, i === 0 ? role : i === last ? 'ROOT' : 'CA', i === last));
  const result: PathValidation = { failure: null, failedAt: null, problem: null, path: reports, revocation: null, revocationFromDss: false };
  const fail = (failure: PathFailure, at: number, problem: string): PathValidation => {
    reports[at].problems.push(problem);
    if (!result.failure) Object.assign(result, { failure, failedAt: at, problem });
    return result;
  };

  for (const [i, certificate] of path.entries()) {
    const unknown = unknownCriticalExtensions(certificate);
    if (unknown.length) return fail('CHAIN_CONSTRAINTS_FAILURE', i, `Sertifikat ${quoted(certificate)} memuat ekstensi kritis yang tidak dikenali (${unknown.join(', ')}).`);
    if (i < last && !certificate.issuer.isEqual(path[i + 1].subject)) {
      return fail('CHAIN_CONSTRAINTS_FAILURE', i, `Nama penerbit pada sertifikat ${quoted(certificate)} tidak sama dengan nama sertifikat penerbitnya.`);
    }
    if (i === 0) continue;
    const constraints = basicConstraints(certificate);
    // A configured root without extensions (X.509 v1) is trusted as configured; any other CA must say it is one.
    if ((i < last || constraints) && !constraints?.cA) return fail('CHAIN_CONSTRAINTS_FAILURE', i, `Sertifikat ${quoted(certificate)} bukan sertifikat CA (basicConstraints), tetapi menerbitkan sertifikat lain.`);
    if (!allowsKeyUsage(certificate, KEY_USAGE.keyCertSign)) return fail('CHAIN_CONSTRAINTS_FAILURE', i, `Sertifikat ${quoted(certificate)} tidak berwenang menerbitkan sertifikat (keyUsage keyCertSign).`);
    const below = path.slice(1, i).filter((c) => !isSelfIssued(c)).length;
    if (constraints?.pathLen !== null && constraints?.pathLen !== undefined && below > constraints.pathLen) {
      return fail('CHAIN_CONSTRAINTS_FAILURE', i, `Rantai di bawah sertifikat ${quoted(certificate)} lebih panjang dari yang diizinkan (pathLenConstraint ${constraints.pathLen}).`);
    }
  }

  const roleProblem = role === 'SIGNER' ? signerUsageProblem(path[0]) : tsaUsageProblem(path[0]);
  if (roleProblem) return fail('SIG_CONSTRAINTS_FAILURE', 0, roleProblem);

  for (const [i, certificate] of path.entries()) {
    if (certificate.notBefore.value.getTime() > at.getTime()) return fail('NOT_YET_VALID', i, `Sertifikat ${quoted(certificate)} belum berlaku pada waktu validasi (berlaku mulai ${certificate.notBefore.value.toISOString()}).`);
    if (certificate.notAfter.value.getTime() < at.getTime()) return fail('EXPIRED', i, `Sertifikat ${quoted(certificate)} sudah kedaluwarsa pada waktu validasi (berlaku sampai ${certificate.notAfter.value.toISOString()}).`);
  }

  let fromDss = true;
  for (let i = 0; i < last; i++) {
    const certificate = path[i];
    let check = await checkRevocation(certificate, path[i + 1], at, store.revocationSources);
    if (check.status === 'UNKNOWN') {
      const fetched = await store.fetchCrls(crlUrls(certificate));
      if (fetched.length) check = { ...(await checkRevocation(certificate, path[i + 1], at, [{ source: 'CA', data: { crls: fetched, ocsps: [] } }])), fromDss: false };
    }
    fromDss &&= check.fromDss;
    reports[i].revocation = { status: check.status, revokedAt: check.revokedAt ?? null, source: check.source ?? null, method: check.method ?? null };
    if (i === 0) result.revocation = check;
    if (check.status === 'REVOKED') {
      const when = check.revokedAt ? ` sejak ${check.revokedAt.toISOString()}` : '';
      fail(i === 0 ? 'REVOKED' : 'REVOKED_CA', i, `Sertifikat ${quoted(certificate)} telah dicabut${when}, sebelum waktu validasi.`);
    } else if (check.status === 'UNKNOWN') {
      fail('REVOCATION_UNKNOWN', i, `Status pencabutan sertifikat ${quoted(certificate)} tidak dapat diperiksa: tidak ada CRL atau respons OCSP sah dari penerbitnya.`);
    }
  }
  result.revocationFromDss = fromDss;
  // A proven revocation outweighs a certificate whose status is merely unknown.
  const revokedAt = reports.findIndex((r) => r.revocation.status === 'REVOKED');
  if (revokedAt >= 0 && result.failure === 'REVOCATION_UNKNOWN') {
    Object.assign(result, { failure: revokedAt === 0 ? 'REVOKED' : 'REVOKED_CA', failedAt: revokedAt, problem: reports[revokedAt].problems[0] });
  }
  return result;
}

function signerUsageProblem(certificate: pkijs.Certificate): string | null {
  if (allowsKeyUsage(certificate, KEY_USAGE.digitalSignature, KEY_USAGE.nonRepudiation)) return null;
  return `Sertifikat ${quoted(certificate)} tidak diterbitkan untuk tanda tangan elektronik (keyUsage tanpa digitalSignature atau nonRepudiation).`;
}

/** RFC 3161 2.3: the TSA's certificate has exactly one extended key usage, id-kp-timeStamping, marked critical. */
function tsaUsageProblem(certificate: pkijs.Certificate): string | null {
  const eku = extendedKeyUsage(certificate);
  if (!eku || !eku.purposes.includes(KEY_PURPOSE.timeStamping)) return `Sertifikat ${quoted(certificate)} tidak diterbitkan untuk stempel waktu (tanpa extendedKeyUsage id-kp-timeStamping).`;
  if (!eku.critical) return `Ekstensi extendedKeyUsage pada sertifikat stempel waktu ${quoted(certificate)} tidak ditandai kritis.`;
  if (eku.purposes.length !== 1) return `Sertifikat stempel waktu ${quoted(certificate)} memuat kegunaan lain selain id-kp-timeStamping.`;
  if (!allowsKeyUsage(certificate, KEY_USAGE.digitalSignature, KEY_USAGE.nonRepudiation)) return `Sertifikat stempel waktu ${quoted(certificate)} tidak boleh menandatangani (keyUsage).`;
  return null;
}
