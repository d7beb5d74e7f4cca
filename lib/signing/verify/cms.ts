// The CMS inside a PDF signature: who signed, whether the signed attributes match the covered bytes
// and the signature verifies, and the signature time-stamp token if there is one.
import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';

export const OIDS = {
  signedData: '1.2.840.113549.1.7.2',
  messageDigest: '1.2.840.113549.1.9.4',
  signingTime: '1.2.840.113549.1.9.5',
  signingCertificateV2: '1.2.840.113549.1.9.16.2.47',
  signatureTimeStamp: '1.2.840.113549.1.9.16.2.14',
  tstInfo: '1.2.840.113549.1.9.16.1.4',
  serialNumber: '2.5.4.5',
  commonName: '2.5.4.3',
} as const;

const HASHES: Record<string, string> = {
  '1.3.14.3.2.26': 'sha1',
  '2.16.840.1.101.3.4.2.1': 'sha256',
  '2.16.840.1.101.3.4.2.2': 'sha384',
  '2.16.840.1.101.3.4.2.3': 'sha512',
};

export const toArrayBuffer = (bytes: Uint8Array): ArrayBuffer => bytes.slice().buffer as ArrayBuffer;
const equalBytes = (a: ArrayBuffer | Uint8Array, b: ArrayBuffer | Uint8Array) => Buffer.from(a as ArrayBuffer).equals(Buffer.from(b as ArrayBuffer));

export interface ParsedCms {
  signedData: pkijs.SignedData;
  signerInfo: pkijs.SignerInfo;
  signerCertificate: pkijs.Certificate | null;
  certificates: pkijs.Certificate[];
}

/** ContentInfo{SignedData} from DER (trailing zero padding of /Contents is ignored). */
export function parseCms(der: Uint8Array): ParsedCms | null {
  try {
    const asn1 = asn1js.fromBER(toArrayBuffer(der));
    if (asn1.offset === -1) return null;
    const info = new pkijs.ContentInfo({ schema: asn1.result });
    if (info.contentType !== OIDS.signedData) return null;
    const signedData = new pkijs.SignedData({ schema: info.content });
    const signerInfo = signedData.signerInfos[0];
    if (!signerInfo) return null;
    const certificates = (signedData.certificates ?? []).filter((c): c is pkijs.Certificate => c instanceof pkijs.Certificate);
    return { signedData, signerInfo, certificates, signerCertificate: findSignerCertificate(signerInfo, certificates) };
  } catch {
    return null;
  }
}

function findSignerCertificate(signerInfo: pkijs.SignerInfo, certificates: pkijs.Certificate[]): pkijs.Certificate | null {
  const sid = signerInfo.sid;
  if (sid instanceof pkijs.IssuerAndSerialNumber) {
    return certificates.find((c) => c.issuer.isEqual(sid.issuer) && c.serialNumber.isEqual(sid.serialNumber)) ?? null;
  }
  const keyId: ArrayBuffer = sid.idBlock.isConstructed ? sid.valueBlock.value[0].valueBlock.valueHex : sid.valueBlock.valueHex;
  return (
    certificates.find((c) =>
      equalBytes(createHash('sha1').update(Buffer.from(c.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView)).digest(), keyId),
    ) ?? null
  );
}

function attribute(signerInfo: pkijs.SignerInfo, type: string, signed: boolean): pkijs.Attribute | undefined {
  const set = signed ? signerInfo.signedAttrs : signerInfo.unsignedAttrs;
  return set?.attributes.find((a) => a.type === type);
}

export interface IntegrityCheck {
  /** message-digest attribute equals the hash of the covered bytes. */
  digestMatches: boolean;
  /** The signer's key verifies the signature over the signed attributes. */
  signatureValid: boolean;
  hasSigningCertificateV2: boolean;
  signingTimeAttribute?: Date;
}

export async function checkIntegrity(cms: ParsedCms, covered: Uint8Array): Promise<IntegrityCheck> {
  const { signerInfo, signedData } = cms;
  const hash = HASHES[signerInfo.digestAlgorithm.algorithmId];
  const digestAttr = attribute(signerInfo, OIDS.messageDigest, true);
  const digestMatches =
    !!hash && !!digestAttr && equalBytes(createHash(hash).update(covered).digest(), (digestAttr.values[0] as asn1js.OctetString).valueBlock.valueHexView);
  let signatureValid = false;
  if (digestMatches && cms.signerCertificate) {
    try {
      const result = await signedData.verify({ signer: 0, data: toArrayBuffer(covered), checkChain: false, extendedMode: true });
      signatureValid = result.signatureVerified === true;
    } catch {
      signatureValid = false;
    }
  }
  const timeAttr = attribute(signerInfo, OIDS.signingTime, true);
  const signingTime = timeAttr ? (timeAttr.values[0] as asn1js.UTCTime | asn1js.GeneralizedTime).toDate() : undefined;
  return { digestMatches, signatureValid, hasSigningCertificateV2: !!attribute(signerInfo, OIDS.signingCertificateV2, true), signingTimeAttribute: signingTime };
}

export interface TimeStampCheck {
  time: Date;
  /** The token's imprint is the hash of what it stamps, and the TSA's signature verifies. */
  valid: boolean;
  tsaCertificate: pkijs.Certificate | null;
  certificates: pkijs.Certificate[];
}

/** Verifies an RFC 3161 token (ContentInfo DER) over the given data. Null when it cannot be read. */
export async function checkTimeStampToken(token: Uint8Array, stamped: Uint8Array): Promise<TimeStampCheck | null> {
  const cms = parseCms(token);
  if (!cms || cms.signedData.encapContentInfo.eContentType !== OIDS.tstInfo || !cms.signedData.encapContentInfo.eContent) return null;
  let tstInfo: pkijs.TSTInfo;
  try {
    tstInfo = pkijs.TSTInfo.fromBER(cms.signedData.encapContentInfo.eContent.getValue());
  } catch {
    return null;
  }
  let valid = false;
  try {
    // pkijs checks the imprint against data (TSTInfo.verify) and then the TSA's signature.
    const result = await cms.signedData.verify({ signer: 0, data: toArrayBuffer(stamped), checkChain: false, extendedMode: true });
    valid = result.signatureVerified === true;
  } catch {
    valid = false;
  }
  return { time: tstInfo.genTime, valid, tsaCertificate: cms.signerCertificate, certificates: cms.certificates };
}

/** The signature-time-stamp unsigned attribute's token, DER. */
export function signatureTimeStampToken(cms: ParsedCms): Uint8Array | null {
  const attr = attribute(cms.signerInfo, OIDS.signatureTimeStamp, false);
  if (!attr) return null;
  return new Uint8Array((attr.values[0] as asn1js.Sequence).toBER(false));
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
