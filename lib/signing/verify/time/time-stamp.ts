// RFC 3161 time-stamp tokens (the signature time-stamp inside a CMS, and ETSI.RFC3161 document
// time-stamps). A token's genTime is a proven time only when all of this holds: its imprint is the
// hash of what it stamps, the TSA's signature verifies under the certificate its sid names, that
// certificate carries the critical id-kp-timeStamping EKU, and its path to a trusted root is valid
// and unrevoked at the control time.
import { createHash } from 'node:crypto';
import * as pkijs from 'pkijs';
import { checkSigner, HASHES, OIDS, parseCms } from '../cms';
import { commonName } from '../path/certificate-facts';
import type { TrustStore } from '../path/trust-store';
import { validateCertificate } from '../path/validate-path';
import { pathVerdict, PASSED, verdict, type Verdict } from '../report/indication';
import type { TimeStampReport } from '../types';

/** A token dated after the moment of checking by more than clock skew cannot be a proof of anything. */
const CLOCK_SKEW_MS = 5 * 60 * 1000;

export interface TimeStampCheck extends TimeStampReport {
  /** The DSS alone answered revocation for the TSA's path. */
  revocationFromDss: boolean;
}

function failed(result: Verdict, problem: string, base: Partial<TimeStampCheck> = {}): TimeStampCheck {
  return { genTime: null, trusted: false, tsaName: null, path: [], revocationFromDss: false, ...base, ...result, problems: [problem] };
}

/**
 * Verifies a token over `stamped` (the signature value, or the bytes a document time-stamp covers).
 * `controlTime` is when the TSA's path is checked: now, or the proven time of a later document
 * time-stamp (`controlTimeProven`).
 */
export async function checkTimeStamp(token: Uint8Array, stamped: Uint8Array, store: TrustStore, controlTime: Date, controlTimeProven: boolean): Promise<TimeStampCheck> {
  const cms = parseCms(token);
  const eContent = cms?.signedData.encapContentInfo;
  if (!cms || eContent?.eContentType !== OIDS.tstInfo || !eContent.eContent) return failed(verdict('FORMAT_FAILURE'), 'Stempel waktu tidak dapat dibaca sebagai token RFC 3161.');
  const content = new Uint8Array(eContent.eContent.getValue());
  let tstInfo: pkijs.TSTInfo;
  try {
    tstInfo = pkijs.TSTInfo.fromBER(content.slice().buffer);
  } catch {
    return failed(verdict('FORMAT_FAILURE'), 'Isi stempel waktu (TSTInfo) tidak dapat dibaca.');
  }
  const genTime = tstInfo.genTime;
  store.add(cms.certificates);
  const signer = await checkSigner(cms, content, store.all());
  const tsaName = signer.certificate ? commonName(signer.certificate.subject) : null;
  const base = { genTime, tsaName };

  const hash = HASHES[tstInfo.messageImprint.hashAlgorithm.algorithmId];
  if (!hash) return failed(verdict('FORMAT_FAILURE'), 'Algoritma hash pada stempel waktu tidak didukung.', base);
  const imprint = Buffer.from(tstInfo.messageImprint.hashedMessage.valueBlock.valueHexView);
  if (!createHash(hash).update(stamped).digest().equals(imprint)) return failed(verdict('HASH_FAILURE'), 'Stempel waktu tidak dibuat untuk tanda tangan atau dokumen ini (message imprint tidak cocok).', base);
  if (signer.formatProblem) return failed(verdict('FORMAT_FAILURE'), `Stempel waktu: ${signer.formatProblem}`, base);
  if (!signer.certificate) return failed(verdict('NO_SIGNING_CERTIFICATE_FOUND'), 'Sertifikat penerbit stempel waktu (TSA) tidak ditemukan.', base);
  if (!signer.digestMatches) return failed(verdict('HASH_FAILURE'), 'Isi stempel waktu tidak cocok dengan tanda tangan TSA.', base);
  if (!signer.signatureValid) return failed(verdict('SIG_CRYPTO_FAILURE'), 'Tanda tangan TSA pada stempel waktu tidak valid.', base);
  if (signer.signingCertificateMismatch) return failed(verdict('NO_SIGNING_CERTIFICATE_FOUND'), 'Stempel waktu merujuk sertifikat TSA lain daripada yang menandatanganinya.', base);
  if (genTime.getTime() > controlTime.getTime() + CLOCK_SKEW_MS) return failed(verdict('SIG_CONSTRAINTS_FAILURE'), 'Waktu pada stempel waktu berada setelah waktu pemeriksaan.', base);

  const tsa = signer.certificate;
  if (tsa.notBefore.value.getTime() > genTime.getTime() || tsa.notAfter.value.getTime() < genTime.getTime()) {
    return failed(verdict('SIG_CONSTRAINTS_FAILURE'), 'Stempel waktu bertanggal di luar masa berlaku sertifikat TSA.', base);
  }
  const path = await validateCertificate(signer.certificate, 'TSA', controlTime, store);
  const result = path.failure ? pathVerdict(path.failure, path.failedAt ?? 0, controlTimeProven) : PASSED;
  return {
    ...base,
    ...result,
    trusted: !path.failure,
    problems: path.problem ? [path.problem] : [],
    path: path.path,
    revocationFromDss: path.revocationFromDss,
  };
}
