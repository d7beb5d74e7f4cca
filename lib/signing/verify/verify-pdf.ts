// Verifies every signature of a PDF: integrity over the ByteRange, what changed after signing, the
// time (a verified time-stamp, or the moment of checking), and the signer's certificate path to a
// trusted root at that time. Trusts nothing the document says about itself without proof: a name,
// a /M date, a certificate or a CRL counts only when a key on a trusted path vouches for it.
import type * as pkijs from 'pkijs';
import { checkSigner, OIDS, parseCms, signatureTimeStampToken, signatureValue, subjectAttribute, type ParsedCms } from './cms';
import { dssInRevisionEndingAt, readDss, type DssContent } from './dss';
import { PdfObjects } from './pdf-objects';
import { analyzeLaterChanges, byteRangeIsSound, findSignatures, signedBytes, type PdfSignatureField } from './pdf-signatures';
import { commonName, serialHex } from './path/certificate-facts';
import { TrustStore, type CrlFetcher } from './path/trust-store';
import { validateCertificate } from './path/validate-path';
import { pathVerdict, PASSED, statusOf, SUB_INDICATION_LABELS, verdict, type Verdict } from './report/indication';
import type { RevocationData, RevocationSource } from './revocation';
import { checkTimeStamp, type TimeStampCheck } from './time/time-stamp';
import type { PadesLevel, PdfVerification, SignatureVerification, TimeStampReport, VerificationConclusion } from './types';

export interface VerifyOptions {
  trustedRoots: pkijs.Certificate[];
  /** Revocation data from the CA itself (its current CRL), used beside what the document carries. */
  caRevocation?: RevocationData;
  /** Fetches a CRL from a distribution point of a certificate already on a trusted path. */
  fetchCrl?: CrlFetcher;
  /** The moment of checking; now by default. */
  now?: Date;
}

const DETACHED_SUBFILTERS = new Set(['ETSI.CAdES.detached', 'adbe.pkcs7.detached']);

/** A proven time from a valid document time-stamp, for everything its revision covers. */
interface Proof {
  end: number;
  time: Date;
}

const endOf = (field: PdfSignatureField) => field.byteRange[2] + field.byteRange[3];

function emptyResult(index: number, field: PdfSignatureField, now: Date): SignatureVerification {
  return {
    index,
    kind: field.isDocTimeStamp ? 'DOC_TIMESTAMP' : 'SIGNATURE',
    subFilter: field.subFilter,
    signerName: null,
    signerNik: null,
    issuerName: null,
    certificateSerial: null,
    claimedSigningTime: field.claimedTime ?? null,
    validationTime: now,
    timeSource: 'CURRENT_TIME',
    timeStampTime: null,
    reason: field.reason ?? null,
    location: field.location ?? null,
    integrity: { valid: false, digestMatches: false, signatureValid: false, byteRangeSound: false },
    changes: { coversWholeDocument: false, addedDss: false, addedDocTimeStamps: 0, addedSignatures: 0, contentChanges: [] },
    trusted: false,
    timeStamp: null,
    revocation: { status: 'UNKNOWN', revokedAt: null, source: null },
    path: [],
    level: null,
    indication: 'TOTAL_FAILED',
    subIndication: 'FORMAT_FAILURE',
    status: 'INVALID',
    reasons: [],
  };
}

/** `pdf`: the file already read (by a caller that looked at its signatures first). */
export async function verifyPdf(bytes: Uint8Array, options: VerifyOptions, pdf = new PdfObjects(bytes)): Promise<PdfVerification> {
  const now = options.now ?? new Date();
  const fields = findSignatures(pdf);
  const dss = readDss(pdf);
  const cmses = fields.map((f) => (f.isDocTimeStamp ? null : parseCms(f.contents)));

  const sources: { source: RevocationSource; data: RevocationData }[] = [];
  if (dss) sources.push({ source: 'DSS', data: dss });
  const cmsCrls = cmses.flatMap((c) => (c?.signedData.crls ?? []).filter((x): x is pkijs.CertificateRevocationList => 'thisUpdate' in x));
  if (cmsCrls.length) sources.push({ source: 'CMS', data: { crls: cmsCrls, ocsps: [] } });
  if (options.caRevocation) sources.push({ source: 'CA', data: options.caRevocation });
  const store = new TrustStore(options.trustedRoots, sources, options.fetchCrl);
  store.add(dss?.certificates ?? []);
  for (const cms of cmses) if (cms) store.add(cms.certificates);

  const results: SignatureVerification[] = new Array(fields.length);
  const proofs: Proof[] = [];
  // Document time-stamps from the last: each proves the time of everything before it, its
  // predecessors' TSA paths included, so theirs are checked at its time.
  for (let i = fields.length - 1; i >= 0; i--) {
    if (!fields[i].isDocTimeStamp) continue;
    results[i] = await verifyDocTimeStamp(i + 1, fields[i], fields, pdf, store, proofFor(proofs, fields[i]), now);
    if (results[i].indication === 'TOTAL_PASSED' && results[i].timeStampTime) proofs.push({ end: endOf(fields[i]), time: results[i].timeStampTime! });
  }
  for (const [i, field] of fields.entries()) {
    if (field.isDocTimeStamp) continue;
    results[i] = await verifySignature(i + 1, field, fields, cmses[i], pdf, dss, store, proofFor(proofs, field), proofs, now);
  }
  if (pdf.damage) return { conclusion: 'INVALID', summary: `Berkas PDF rusak: ${pdf.damage}.`, checkedAt: now, signatures: results };
  return { ...conclude(results), checkedAt: now, signatures: results };
}

/** The earliest proven time of a valid document time-stamp added after this field. */
function proofFor(proofs: Proof[], field: PdfSignatureField): Proof | null {
  const covering = proofs.filter((p) => p.end > endOf(field));
  return covering.sort((a, b) => a.time.getTime() - b.time.getTime())[0] ?? null;
}

function coveredBytes(field: PdfSignatureField, pdf: PdfObjects): Uint8Array | null {
  return byteRangeIsSound(field, pdf.bytes.length) ? signedBytes(pdf.bytes, field.byteRange) : null;
}

function finish(result: SignatureVerification, outcome: Verdict, problems: string[]): SignatureVerification {
  result.indication = outcome.indication;
  result.subIndication = outcome.subIndication;
  result.status = statusOf(outcome);
  const label = outcome.subIndication ? SUB_INDICATION_LABELS[outcome.subIndication] : null;
  result.reasons = [...new Set([...(label ? [label] : []), ...problems])];
  return result;
}

function timeStampReport({ genTime, trusted, tsaName, indication, subIndication, problems, path }: TimeStampCheck): TimeStampReport {
  return { genTime, trusted, tsaName, indication, subIndication, problems, path };
}

async function verifyDocTimeStamp(index: number, field: PdfSignatureField, all: PdfSignatureField[], pdf: PdfObjects, store: TrustStore, proof: Proof | null, now: Date): Promise<SignatureVerification> {
  const result = emptyResult(index, field, now);
  if (field.malformed) return finish(result, verdict('FORMAT_FAILURE'), [field.malformed]);
  result.changes = analyzeLaterChanges(pdf, field, all);
  const covered = coveredBytes(field, pdf);
  result.integrity.byteRangeSound = covered !== null;
  if (!covered) return finish(result, verdict('FORMAT_FAILURE'), ['Rentang byte (ByteRange) stempel waktu dokumen tidak wajar.']);
  const control = proof?.time ?? now;
  const stamp = await checkTimeStamp(field.contents, covered, store, control, !!proof);
  result.timeStamp = timeStampReport(stamp);
  result.signerName = stamp.tsaName;
  result.path = stamp.path;
  result.validationTime = control;
  result.timeSource = proof ? 'DOCUMENT_TIMESTAMP' : 'CURRENT_TIME';
  const intact = stamp.subIndication !== 'HASH_FAILURE' && stamp.subIndication !== 'SIG_CRYPTO_FAILURE' && stamp.subIndication !== 'FORMAT_FAILURE';
  result.integrity = { valid: intact, digestMatches: intact, signatureValid: stamp.subIndication !== 'SIG_CRYPTO_FAILURE', byteRangeSound: true };
  result.trusted = stamp.trusted;
  if (stamp.trusted) result.timeStampTime = stamp.genTime;
  const problems = [...stamp.problems, ...changeProblems(result)];
  if (stamp.indication !== 'TOTAL_PASSED' && stamp.subIndication !== 'TRY_LATER') return finish(result, stamp, problems);
  if (result.changes.contentChanges.length) return finish(result, verdict('CHANGED_AFTER_SIGNING'), problems);
  return finish(result, stamp.indication === 'TOTAL_PASSED' ? PASSED : stamp, problems);
}

function changeProblems(result: SignatureVerification): string[] {
  const changes = result.changes.contentChanges;
  return changes.length ? [`Diubah setelah ditandatangani: ${changes.slice(0, 8).join(', ')}${changes.length > 8 ? ', …' : ''}.`] : [];
}

async function verifySignature(
  index: number,
  field: PdfSignatureField,
  all: PdfSignatureField[],
  cms: ParsedCms | null,
  pdf: PdfObjects,
  dss: DssContent | null,
  store: TrustStore,
  proof: Proof | null,
  proofs: Proof[],
  now: Date,
): Promise<SignatureVerification> {
  const result = emptyResult(index, field, now);
  if (field.malformed) return finish(result, verdict('FORMAT_FAILURE'), [field.malformed]);
  result.changes = analyzeLaterChanges(pdf, field, all);
  const covered = coveredBytes(field, pdf);
  result.integrity.byteRangeSound = covered !== null;
  if (!covered) return finish(result, verdict('FORMAT_FAILURE'), ['Rentang byte (ByteRange) tanda tangan tidak wajar.']);
  if (!cms) return finish(result, verdict('FORMAT_FAILURE'), ['Data tanda tangan (CMS) tidak dapat dibaca.']);
  if (!DETACHED_SUBFILTERS.has(field.subFilter) || cms.signedData.encapContentInfo.eContent) {
    return finish(result, verdict('FORMAT_FAILURE'), [`Jenis tanda tangan ${field.subFilter || '(tanpa SubFilter)'} tidak didukung.`]);
  }

  const signer = await checkSigner(cms, covered, store.all());
  result.integrity = { valid: signer.digestMatches && signer.signatureValid, digestMatches: signer.digestMatches, signatureValid: signer.signatureValid, byteRangeSound: true };
  const certificate = signer.certificate;
  if (certificate) {
    result.signerName = commonName(certificate.subject);
    result.signerNik = subjectAttribute(certificate, OIDS.serialNumber) ?? null;
    result.issuerName = commonName(certificate.issuer);
    result.certificateSerial = serialHex(certificate);
  }
  const problems = changeProblems(result);
  if (signer.formatProblem) return finish(result, verdict('FORMAT_FAILURE'), [signer.formatProblem]);
  if (!certificate) return finish(result, verdict('NO_SIGNING_CERTIFICATE_FOUND'), ['Sertifikat yang dirujuk tanda tangan tidak ada di dalam dokumen.']);
  if (!signer.digestMatches) return finish(result, verdict('HASH_FAILURE'), problems);
  if (!signer.signatureValid) return finish(result, verdict('SIG_CRYPTO_FAILURE'), problems);
  if (signer.signingCertificateMismatch) return finish(result, verdict('NO_SIGNING_CERTIFICATE_FOUND'), ['Atribut signing-certificate merujuk sertifikat lain daripada yang menandatangani.']);

  // The time the certificate is checked at: a verified signature time-stamp proves it; /M does not.
  const token = signatureTimeStampToken(cms);
  const stamp = token ? await checkTimeStamp(token, signatureValue(cms), store, proof?.time ?? now, !!proof) : null;
  if (stamp) result.timeStamp = timeStampReport(stamp);
  // Without one, a valid document time-stamp added later still proves the signature existed by its time.
  const stamped = stamp?.trusted && stamp.genTime ? stamp.genTime : null;
  const time = stamped ?? proof?.time ?? now;
  result.validationTime = time;
  result.timeSource = stamped ? 'SIGNATURE_TIMESTAMP' : proof ? 'DOCUMENT_TIMESTAMP' : 'CURRENT_TIME';
  result.timeStampTime = stamped;

  const path = await validateCertificate(certificate, 'SIGNER', time, store);
  result.path = path.path;
  result.trusted = !path.failure;
  if (path.revocation) result.revocation = { status: path.revocation.status, revokedAt: path.revocation.revokedAt ?? null, source: path.revocation.source ?? null };
  if (stamp && !stamp.trusted) problems.push(...stamp.problems.map((p) => `Stempel waktu tanda tangan diabaikan: ${p}`));
  if (path.problem) problems.push(path.problem);
  if (result.timeSource === 'CURRENT_TIME' && field.claimedTime) problems.push('Waktu /M hanya klaim penanda tangan dan tidak dibuktikan oleh stempel waktu tepercaya.');

  let outcome: Verdict = PASSED;
  if (result.changes.contentChanges.length) outcome = verdict('CHANGED_AFTER_SIGNING');
  else if (path.failure && path.failure !== 'REVOCATION_UNKNOWN') outcome = pathVerdict(path.failure, path.failedAt ?? 0, result.timeSource !== 'CURRENT_TIME');
  else if (stamp && !stamp.trusted) outcome = stamp.subIndication === 'TRY_LATER' ? verdict('TRY_LATER') : verdict('SIG_CONSTRAINTS_FAILURE');
  else if (path.failure) outcome = verdict('TRY_LATER');
  finish(result, outcome, problems);
  result.level = result.status === 'INVALID' ? null : padesLevel(field, signer.hasSigningCertificateV2, stamp, path.revocationFromDss, dss, proofs, pdf);
  return result;
}

function padesLevel(
  field: PdfSignatureField,
  hasSigningCertificateV2: boolean,
  stamp: TimeStampCheck | null,
  revocationFromDss: boolean,
  dss: DssContent | null,
  proofs: Proof[],
  pdf: PdfObjects,
): PadesLevel | null {
  if (field.subFilter !== 'ETSI.CAdES.detached' || !hasSigningCertificateV2) return null;
  // A time-stamp that verifies and chains to a trusted TSA makes B-T even while its revocation is unknown.
  if (!stamp || !(stamp.trusted || stamp.subIndication === 'TRY_LATER')) return 'B-B';
  if (!stamp.trusted || !dss || !revocationFromDss || !stamp.revocationFromDss) return 'B-T';
  // B-LTA: a valid document time-stamp added after the signature and after a revision that holds the DSS.
  const lta = proofs.some((p) => p.end > endOf(field) && dssInRevisionEndingAt(pdf, p.end));
  return lta ? 'B-LTA' : 'B-LT';
}

const SUMMARIES: Record<VerificationConclusion, string> = {
  VALID: 'Semua tanda tangan elektronik pada dokumen ini valid: dokumen tidak berubah sejak ditandatangani dan sertifikat penanda tangan tepercaya serta berlaku pada waktu yang terbukti.',
  INDETERMINATE: 'Tanda tangan utuh dan sertifikatnya berantai ke root tepercaya, tetapi status pencabutannya belum dapat dipastikan. Dokumen BELUM dapat dinyatakan valid.',
  INVALID: 'Dokumen ini memuat tanda tangan elektronik yang TIDAK valid atau tidak dapat dibuktikan. Jangan mengandalkan dokumen ini.',
  NO_SIGNATURE: 'Dokumen ini tidak memuat tanda tangan elektronik.',
};

function conclude(results: SignatureVerification[]): Pick<PdfVerification, 'conclusion' | 'summary'> {
  let conclusion: VerificationConclusion;
  if (results.length === 0) conclusion = 'NO_SIGNATURE';
  else if (results.some((r) => r.status === 'INVALID')) conclusion = 'INVALID';
  else if (results.some((r) => r.status === 'INDETERMINATE')) conclusion = 'INDETERMINATE';
  else conclusion = results.some((r) => r.kind === 'SIGNATURE') ? 'VALID' : 'NO_SIGNATURE';
  return { conclusion, summary: SUMMARIES[conclusion] };
}
