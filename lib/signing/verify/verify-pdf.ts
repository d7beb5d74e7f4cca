// Verifies every signature of a PDF cryptographically: integrity over the ByteRange, what changed
// after signing, the chain to the trusted roots, the signature time-stamp, and revocation at the
// time of signing. Never trusts anything the document says about itself without checking it.
import * as pkijs from 'pkijs';
import { checkIntegrity, checkTimeStampToken, OIDS, parseCms, signatureTimeStampToken, signatureValue, subjectAttribute } from './cms';
import { readDss } from './dss';
import { PdfObjects } from './pdf-objects';
import { analyzeLaterChanges, byteRangeIsSound, findSignatures, signedBytes, type PdfSignatureField } from './pdf-signatures';
import { checkRevocation, crlUrls, parseCrl, type RevocationData, type RevocationResult, type RevocationSource } from './revocation';
import type { PadesLevel, PdfVerification, SignatureStatus, SignatureVerification, VerificationConclusion } from './types';
import { validateChain } from './trust';

export interface VerifyOptions {
  trustedRoots: pkijs.Certificate[];
  /** Revocation data from the CA itself (its current CRL), used when the document has none. */
  caRevocation?: RevocationData;
  /** Fetches a CRL from a trusted certificate's distribution point; never called for untrusted chains. */
  fetchCrl?: (url: string) => Promise<Uint8Array | null>;
}

const hex = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes as ArrayBuffer).toString('hex').toUpperCase();

function issuerOf(certificate: pkijs.Certificate, pool: pkijs.Certificate[]): pkijs.Certificate | undefined {
  return pool.find((c) => c.subject.isEqual(certificate.issuer) && c !== certificate) ?? pool.find((c) => c.subject.isEqual(certificate.issuer));
}

function emptyResult(index: number, field: PdfSignatureField): SignatureVerification {
  return {
    index,
    kind: field.isDocTimeStamp ? 'DOC_TIMESTAMP' : 'SIGNATURE',
    subFilter: field.subFilter,
    signerName: null,
    signerNik: null,
    issuerName: null,
    certificateSerial: null,
    claimedSigningTime: field.claimedTime ?? null,
    timeStampTime: null,
    reason: field.reason ?? null,
    location: field.location ?? null,
    integrity: { valid: false, digestMatches: false, signatureValid: false, byteRangeSound: false },
    changes: { coversWholeDocument: false, addedDss: false, addedDocTimeStamps: 0, addedSignatures: 0, contentChanges: [] },
    trusted: false,
    timeStamp: null,
    revocation: { status: 'UNKNOWN', revokedAt: null, source: null },
    level: null,
    status: 'INVALID',
    reasons: [],
  };
}

const commonName = (name: pkijs.RelativeDistinguishedNames) => {
  const cn = name.typesAndValues.find((tv) => tv.type === OIDS.commonName)?.value;
  return cn ? String(cn.valueBlock.value) : null;
};

export async function verifyPdf(bytes: Uint8Array, options: VerifyOptions): Promise<PdfVerification> {
  const pdf = new PdfObjects(bytes);
  const fields = findSignatures(pdf);
  const dss = readDss(pdf);
  const results: SignatureVerification[] = [];
  for (const [i, field] of fields.entries()) {
    results.push(await verifyOne(i + 1, field, fields, pdf, dss, options));
  }
  markLta(results, fields);
  if (pdf.damage) return { conclusion: 'INVALID', summary: `Berkas PDF rusak: ${pdf.damage}.`, signatures: results };
  return { ...conclude(results), signatures: results };
}

async function verifyOne(
  index: number,
  field: PdfSignatureField,
  all: PdfSignatureField[],
  pdf: PdfObjects,
  dss: ReturnType<typeof readDss>,
  options: VerifyOptions,
): Promise<SignatureVerification> {
  const result = emptyResult(index, field);
  const reasons = result.reasons;
  if (field.malformed) {
    reasons.push(field.malformed);
    return result;
  }
  result.changes = analyzeLaterChanges(pdf, field, all);
  const sound = byteRangeIsSound(field, pdf.bytes.length);
  const covered = signedBytes(pdf.bytes, field.byteRange);
  const cms = parseCms(field.contents);
  if (!cms) {
    reasons.push('Data tanda tangan (CMS) tidak dapat dibaca.');
    return result;
  }
  const pool = [...cms.certificates, ...(dss?.certificates ?? []), ...options.trustedRoots];

  // A document time-stamp: the token itself is the signature, over the covered bytes.
  if (field.isDocTimeStamp) {
    const stamp = await checkTimeStampToken(field.contents, covered);
    result.integrity = { valid: !!stamp?.valid && sound, digestMatches: !!stamp?.valid, signatureValid: !!stamp?.valid, byteRangeSound: sound };
    if (stamp) {
      result.timeStampTime = stamp.time;
      result.signerName = stamp.tsaCertificate ? commonName(stamp.tsaCertificate.subject) : null;
      const chain = stamp.tsaCertificate ? await validateChain(stamp.tsaCertificate, pool, options.trustedRoots, stamp.time) : null;
      result.trusted = !!chain?.trusted;
      result.timeStamp = { present: true, valid: stamp.valid, trusted: result.trusted };
    }
    if (!result.integrity.valid) reasons.push('Stempel waktu dokumen tidak cocok dengan isi dokumen.');
    if (!result.trusted) reasons.push('Penerbit stempel waktu tidak tepercaya.');
    result.status = reasons.length ? 'INVALID' : 'VALID';
    return result;
  }

  const signer = cms.signerCertificate;
  if (signer) {
    result.signerName = commonName(signer.subject);
    result.signerNik = subjectAttribute(signer, OIDS.serialNumber) ?? null;
    result.issuerName = commonName(signer.issuer);
    result.certificateSerial = hex(signer.serialNumber.valueBlock.valueHexView);
  } else {
    reasons.push('Sertifikat penanda tangan tidak ada di dalam tanda tangan.');
  }

  const integrity = await checkIntegrity(cms, covered);
  result.integrity = { valid: sound && integrity.digestMatches && integrity.signatureValid, digestMatches: integrity.digestMatches, signatureValid: integrity.signatureValid, byteRangeSound: sound };
  if (!sound) reasons.push('Rentang byte (ByteRange) tanda tangan tidak wajar.');
  if (!integrity.digestMatches) reasons.push('Isi dokumen telah berubah sejak ditandatangani (hash tidak cocok).');
  else if (!integrity.signatureValid) reasons.push('Nilai tanda tangan tidak cocok dengan sertifikat penanda tangan.');
  if (result.changes.contentChanges.length) {
    reasons.push(`Dokumen diubah setelah ditandatangani: ${result.changes.contentChanges.slice(0, 5).join(', ')}.`);
  }

  // The time the signature existed: a valid time-stamp proves it; otherwise only the signer's claim.
  const token = signatureTimeStampToken(cms);
  if (token) {
    const stamp = await checkTimeStampToken(token, signatureValue(cms));
    const stampChain = stamp?.tsaCertificate ? await validateChain(stamp.tsaCertificate, [...pool, ...(stamp.certificates ?? [])], options.trustedRoots, stamp.time) : null;
    result.timeStamp = { present: true, valid: !!stamp?.valid, trusted: !!stampChain?.trusted };
    if (stamp?.valid) result.timeStampTime = stamp.time;
    if (!stamp?.valid) reasons.push('Stempel waktu tanda tangan tidak valid.');
    else if (!stampChain?.trusted) reasons.push('Penerbit stempel waktu tanda tangan tidak tepercaya.');
  }
  const signingTime =
    (result.timeStamp?.valid && result.timeStamp.trusted ? result.timeStampTime : null) ?? field.claimedTime ?? integrity.signingTimeAttribute ?? new Date();

  let revocationInDss = false;
  if (signer) {
    const chain = await validateChain(signer, pool, options.trustedRoots, signingTime);
    result.trusted = chain.trusted;
    if (!chain.trusted) reasons.push('Sertifikat penanda tangan tidak diterbitkan oleh penyelenggara sertifikasi elektronik tepercaya.');
    if (chain.trusted) {
      const issuer = issuerOf(signer, pool);
      if (issuer) {
        const { revocation, coveredByDss } = await revocationOf(signer, issuer, signingTime, cms.signedData, dss, options);
        result.revocation = { status: revocation.status, revokedAt: revocation.revokedAt ?? null, source: revocation.source ?? null };
        revocationInDss = coveredByDss;
        if (revocation.status === 'REVOKED') reasons.push(`Sertifikat penanda tangan sudah dicabut sejak ${revocation.revokedAt?.toISOString() ?? 'sebelum penandatanganan'}, sebelum dokumen ditandatangani.`);
        if (revocation.status === 'UNKNOWN') reasons.push('Status pencabutan sertifikat tidak dapat diperiksa.');
      }
    }
  }

  result.level = padesLevel(field, integrity.hasSigningCertificateV2, result, revocationInDss);
  result.status = statusOf(result);
  return result;
}

/** The signer's status at signing time from every source, and whether the document's DSS alone answers it (B-LT). */
async function revocationOf(
  signer: pkijs.Certificate,
  issuer: pkijs.Certificate,
  at: Date,
  signedData: pkijs.SignedData,
  dss: ReturnType<typeof readDss>,
  options: VerifyOptions,
): Promise<{ revocation: RevocationResult; coveredByDss: boolean }> {
  const sources: { source: RevocationSource; data: RevocationData }[] = [];
  if (dss) sources.push({ source: 'DSS', data: dss });
  const cmsCrls = (signedData.crls ?? []).filter((c): c is pkijs.CertificateRevocationList => c instanceof pkijs.CertificateRevocationList);
  if (cmsCrls.length) sources.push({ source: 'CMS', data: { crls: cmsCrls, ocsps: [] } });
  if (options.caRevocation) sources.push({ source: 'CA', data: options.caRevocation });
  const coveredByDss = dss ? (await checkRevocation(signer, issuer, at, [{ source: 'DSS', data: dss }])).status !== 'UNKNOWN' : false;
  const known = await checkRevocation(signer, issuer, at, sources);
  if (known.status !== 'UNKNOWN' || !options.fetchCrl) return { revocation: known, coveredByDss };
  const fetched: pkijs.CertificateRevocationList[] = [];
  for (const url of crlUrls(signer)) {
    const der = await options.fetchCrl(url).catch(() => null);
    const crl = der ? parseCrl(der) : null;
    if (crl) fetched.push(crl);
  }
  return { revocation: await checkRevocation(signer, issuer, at, [{ source: 'CA', data: { crls: fetched, ocsps: [] } }]), coveredByDss };
}

function padesLevel(field: PdfSignatureField, hasSigningCertificateV2: boolean, result: SignatureVerification, revocationInDss: boolean): PadesLevel | null {
  if (field.subFilter !== 'ETSI.CAdES.detached' || !hasSigningCertificateV2) return null;
  if (!result.timeStamp?.valid) return 'B-B';
  return revocationInDss ? 'B-LT' : 'B-T';
}

/** B-LTA: a B-LT signature followed by a valid document time-stamp over the DSS. */
function markLta(results: SignatureVerification[], fields: PdfSignatureField[]): void {
  for (const [i, result] of results.entries()) {
    if (result.level !== 'B-LT') continue;
    const end = fields[i].byteRange[2] + fields[i].byteRange[3];
    const stamped = results.some((r, j) => r.kind === 'DOC_TIMESTAMP' && r.status === 'VALID' && fields[j].byteRange[2] + fields[j].byteRange[3] > end);
    if (stamped) result.level = 'B-LTA';
  }
}

function statusOf(result: SignatureVerification): SignatureStatus {
  const invalid =
    !result.integrity.valid ||
    result.changes.contentChanges.length > 0 ||
    !result.trusted ||
    result.revocation.status === 'REVOKED' ||
    (result.timeStamp?.present && !(result.timeStamp.valid && result.timeStamp.trusted));
  if (invalid) return 'INVALID';
  return result.revocation.status === 'UNKNOWN' ? 'INDETERMINATE' : 'VALID';
}

const SUMMARIES: Record<VerificationConclusion, string> = {
  VALID: 'Semua tanda tangan elektronik pada dokumen ini valid dan dokumen tidak berubah sejak ditandatangani.',
  INDETERMINATE: 'Tanda tangan utuh dan tepercaya, tetapi status pencabutan sertifikat tidak dapat dipastikan.',
  INVALID: 'Dokumen ini memuat tanda tangan elektronik yang TIDAK valid.',
  NO_SIGNATURE: 'Dokumen ini tidak memuat tanda tangan elektronik.',
};

function conclude(results: SignatureVerification[]): Pick<PdfVerification, 'conclusion' | 'summary'> {
  const signatures = results.filter((r) => r.kind === 'SIGNATURE');
  let conclusion: VerificationConclusion;
  if (signatures.length === 0 && results.length === 0) conclusion = 'NO_SIGNATURE';
  else if (results.some((r) => r.status === 'INVALID')) conclusion = 'INVALID';
  else if (results.some((r) => r.status === 'INDETERMINATE')) conclusion = 'INDETERMINATE';
  else conclusion = signatures.length ? 'VALID' : 'NO_SIGNATURE';
  return { conclusion, summary: SUMMARIES[conclusion] };
}
