// The CMS inside a PDF signature or a time-stamp token: its one SignerInfo, the signer's certificate
// found by the SignerInfo's sid (and pinned by the ESS signing-certificate attribute), and whether
// the signed attributes match the content and the signature verifies under that certificate's key.
import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { splitCertificates } from './cms-split';
import { hasKeyId } from './path/certificate-facts';
import { verifiesUnder } from './signature-value';
import { certificateDer, certificateFromDer } from './trust';

export const OIDS = {
  signedData: '1.2.840.113549.1.7.2',
  contentType: '1.2.840.113549.1.9.3',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificate: '1.2.840.113549.1.9.16.2.12',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStamp: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  serialNumber: '2.5.4.5',
  commonName: '2.5.4.3',
} as const;

export const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};
const SHA256 = '2.16.840.1.101.3.4.2.1';

// A copy: Buffer#slice would share Node's pool, and asn1js reads the whole ArrayBuffer.
export const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => new Uint8Array(bytes).buffer as ArrayBuffer;
const equalBytes = (a: ArrayBuffer | Uint8Array, b: ArrayBuffer | Uint8Array) =>
  Buffer.from(a instanceof Uint8Array ? a : new Uint8Array(a)).equals(Buffer.from(b instanceof Uint8Array ? b : new Uint8Array(b)));

export interface ParsedCms {
  signedData: pkijs.SignedData;
  signerInfo: pkijs.SignerInfo;
  /** Certificates carried in the SignedData. */
  certificates: pkijs.Certificate[];
  signerInfoCount: number;
}

/** ContentInfo{SignedData} from DER (trailing zero padding of /Contents is ignored). */
export function parseCms(der: Uint8Array): ParsedCms | null {
  try {
    const split = splitCertificates(der);
    const asn1 = asn1js.fromBER(toArrayBuffer(split?.rest ?? der));
    if (asn1.offset === -1) return null;
    const info = new pkijs.ContentInfo({ schema: asn1.result });
    if (info.contentType !== OIDS.signedData) return null;
    const signedData = new pkijs.SignedData({ schema: info.content });
    const signerInfo = signedData.signerInfos[0];
    if (!signerInfo) return null;
    let certificates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
    if (split) {
      const parsed = split.certificates.map(certificateFromDer);
      // A certificate that does not parse makes the CMS unreadable, as it would have been whole.
      if (parsed.some((c) => c === null)) return null;
      certificates = parsed as pkijs.Certificate[];
      if (certificates.length) signedData.certificates = certificates;
    }
    return { signedData, signerInfo, certificates, signerInfoCount: signedData.signerInfos.length };
  } catch {
    return null;
  }
}

/** Certificates the sid names: issuer name and serial, or subject key identifier. More than one when a name was copied. */
export function certificatesMatchingSid(signerInfo: pkijs.SignerInfo, candidates: pkijs.Certificate[]): pkijs.Certificate[] {
  const sid = signerInfo.sid;
  if (sid instanceof pkijs.IssuerAndSerialNumber) return candidates.filter((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber));
  const block = sid as asn1js.Constructed & asn1js.Primitive;
  const keyId: ArrayBuffer = block.idBlock.isConstructed ? (block.valueBlock.value[0] as asn1js.OctetString).valueBlock.valueHex : block.valueBlock.valueHex;
  const wanted = Buffer.from(keyId).toString('hex');
  return candidates.filter((c) => hasKeyId(c, wanted));
}

function attribute(signerInfo: pkijs.SignerInfo, type: string, signed: boolean): pkijs.Attribute | undefined {
  const set = signed ? signerInfo.signedAttrs : signerInfo.unsignedAttrs;
  return set?.attributes.find((a) => a.type === type);
}

export interface SignerCheck {
  /** The certificate whose key verified the signature (or the first the sid names, when none did). */
  certificate: pkijs.Certificate | null;
  /** Why the CMS is not a well-formed signature of the expected kind, in Bahasa Indonesia. */
  formatProblem: string | null;
  /** The ESS signing-certificate attribute names another certificate than the one found. */
  signingCertificateMismatch: boolean;
  digestMatches: boolean;
  signatureValid: boolean;
  hasSigningCertificateV2: boolean;
}

/**
 * Checks the SignerInfo over `content` (the detached bytes, or the encapsulated content when
 * present): signed attributes present, content-type and message-digest right, signature valid
 * under a certificate the sid names. Candidates: the CMS's certificates and any the caller adds.
 */
export async function checkSigner(cms: ParsedCms, content: Uint8Array, extraCertificates: pkijs.Certificate[] = []): Promise<SignerCheck> {
  const { signerInfo, signedData } = cms;
  const result: SignerCheck = { certificate: null, formatProblem: null, signingCertificateMismatch: false, digestMatches: false, signatureValid: false, hasSigningCertificateV2: !!attribute(signerInfo, OIDS.signingCertificateV2, true) };
  if (cms.signerInfoCount !== 1) result.formatProblem = `Data tanda tangan memuat ${cms.signerInfoCount} penanda tangan; hanya satu yang diperbolehkan.`;
  const hash = HASHES[signerInfo.digestAlgorithm.algorithmId];
  const contentType = attribute(signerInfo, OIDS.contentType, true)?.values[0];
  const digest = attribute(signerInfo, OIDS.messageDigest, true)?.values[0];
  if (!signerInfo.signedAttrs || !(digest instanceof asn1js.OctetString)) result.formatProblem ??= 'Data tanda tangan tidak memuat atribut bertanda tangan (message-digest).';
  else if (!(contentType instanceof asn1js.ObjectIdentifier) || contentType.valueBlock.toString() !== signedData.encapContentInfo.eContentType) result.formatProblem ??= 'Atribut content-type pada data tanda tangan tidak sesuai.';
  if (!hash) result.formatProblem ??= 'Algoritma hash tanda tangan tidak didukung.';

  const candidates = certificatesMatchingSid(signerInfo, [...cms.certificates, ...extraCertificates]);
  result.certificate = candidates[0] ?? null;
  if (!hash || !(digest instanceof asn1js.OctetString) || !signerInfo.signedAttrs) return result;
  result.digestMatches = equalBytes(createHash(hash).update(content).digest(), digest.valueBlock.valueHexView);
  if (!result.digestMatches) return result;

  const signed = signerInfo.signedAttrs.encodedValue;
  for (const candidate of candidates) {
    if (await verifiesUnder(signed, signerInfo.signature, signerInfo.signatureAlgorithm, candidate, hash)) {
      result.certificate = candidate;
      result.signatureValid = true;
      break;
    }
  }
  if (result.certificate) result.signingCertificateMismatch = !essNames(signerInfo, result.certificate);
  return result;
}

/** Whether the ESS signing-certificate(-v2) attribute, when present, names exactly this certificate. */
function essNames(signerInfo: pkijs.SignerInfo, certificate: pkijs.Certificate): boolean {
  const v2 = attribute(signerInfo, OIDS.signingCertificateV2, true)?.values[0];
  const v1 = attribute(signerInfo, OIDS.signingCertificate, true)?.values[0];
  const value = v2 ?? v1;
  if (!value) return true;
  try {
    const certs = (value as asn1js.Sequence).valueBlock.value[0] as asn1js.Sequence;
    const first = certs.valueBlock.value[0] as asn1js.Sequence;
    const parts = first.valueBlock.value;
    let hashOid = v2 ? SHA256 : '1.3.14.3.2.26';
    let hashValue = parts[0];
    if (v2 && parts[0] instanceof asn1js.Sequence) {
      hashOid = (parts[0].valueBlock.value[0] as asn1js.ObjectIdentifier).valueBlock.toString();
      hashValue = parts[1];
    }
    const hash = HASHES[hashOid];
    if (!hash || !(hashValue instanceof asn1js.OctetString)) return false;
    return equalBytes(createHash(hash).update(certificateDer(certificate)).digest(), hashValue.valueBlock.valueHexView);
  } catch {
    return false;
  }
}

/** The signing-time signed attribute (PAdES forbids it; read only to report it). */
export function signingTimeAttribute(cms: ParsedCms): Date | null {
  const value = attribute(cms.signerInfo, OIDS.signingTime, true)?.values[0];
  return value instanceof asn1js.UTCTime || value instanceof asn1js.GeneralizedTime ? value.toDate() : null;
}

/** The signature-time-stamp unsigned attribute's token, DER. */
export function signatureTimeStampToken(cms: ParsedCms): Uint8Array | null {
  const attr = attribute(cms.signerInfo, OIDS.signatureTimeStamp, false);
  if (!attr) return null;
  // The bytes as they stand in the CMS, not encoded again.
  const token = attr.values[0] as asn1js.Sequence;
  return token.valueBeforeDecodeView.byteLength ? new Uint8Array(token.valueBeforeDecodeView) : new Uint8Array(token.toBER(false));
}

/** The bytes a signature time-stamp covers: the SignerInfo's signature value. */
export function signatureValue(cms: ParsedCms): Uint8Array {
  return new Uint8Array(cms.signerInfo.signature.valueBlock.valueHexView);
}

/** A subject attribute (CN, serialNumber) of a certificate. */
export function subjectAttribute(certificate: pkijs.Certificate, oid: string): string | undefined {
  const value = certificate.subject.typesAndValues.find((tv) => tv.type === oid)?.value;
  return value ? String(value.valueBlock.value) : undefined;
}
