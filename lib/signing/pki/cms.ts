// CMS SignedData in two steps, so the private key can live elsewhere (BSrE, an HSM): first the
// signed-attribute bytes to sign, then the SignedData around a signature made by whoever holds
// the key. Signed attributes: content-type, message-digest, signing-certificate-v2; no
// signing-time (PAdES baseline puts the time in the signature dictionary's /M).
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { compareDer, encode, parseCertificate, parseDer, toArrayBuffer } from './der';
import { signingCertificateV2 } from './ess';
import { OID } from './oids';

export interface SignedAttributesInput {
  /** eContentType: id-data for a PDF signature, id-ct-TSTInfo for a time-stamp token. */
  contentType: string;
  /** SHA-256 of the signed content. */
  digest: Uint8Array;
  signerCertificate: Uint8Array;
}

function attribute(type: string, value: asn1js.AsnType): pkijs.Attribute {
  return new pkijs.Attribute({ type, values: [value] });
}

function sortedSignedAttributes(input: SignedAttributesInput): pkijs.Attribute[] {
  const attributes = [
    attribute(OID.contentType, new asn1js.ObjectIdentifier({ value: input.contentType })),
    attribute(OID.messageDigest, new asn1js.OctetString({ valueHex: toArrayBuffer(input.digest) })),
    attribute(OID.signingCertificateV2, parseDer(signingCertificateV2(input.signerCertificate))),
  ];
  return attributes
    .map((a) => ({ a, der: encode(a.toSchema()) }))
    .sort((x, y) => compareDer(x.der, y.der))
    .map((x) => x.a);
}

/** The DER SET OF signed attributes: the exact bytes the signer's key signs. */
export function buildSignedAttributes(input: SignedAttributesInput): Uint8Array {
  return encode(new asn1js.Set({ value: sortedSignedAttributes(input).map((a) => a.toSchema()) }));
}

export interface AssembleInput extends SignedAttributesInput {
  signature: Uint8Array;
  /** Signature algorithm OID (ecdsa-with-SHA256 or sha256WithRSAEncryption). */
  signatureAlgorithm: string;
  /** Further certificates to embed (issuing CA, root), DER. */
  chain: Uint8Array[];
  /** Embed the signer's certificate and the chain (default); a time-stamp reply without certReq omits them. */
  includeCertificates?: boolean;
  /** Encapsulated content (a TSTInfo); absent for a detached PDF signature. */
  eContent?: Uint8Array;
  /** Unsigned attributes as [type, DER value] (the signature time-stamp token). */
  unsignedAttributes?: { type: string; value: Uint8Array }[];
}

/** CertificateSet is a SET OF: DER orders its members by their encodings (X.690 11.6). */
function derSortedCertificates(ders: Uint8Array[]): pkijs.Certificate[] {
  return [...ders].sort(compareDer).map(parseCertificate);
}

/** ContentInfo { SignedData } DER around a signature over buildSignedAttributes(input). */
export function assembleSignedData(input: AssembleInput): Uint8Array {
  const certificate = parseCertificate(input.signerCertificate);
  const sha256 = () => new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 });
  const signatureAlgorithm = new pkijs.AlgorithmIdentifier(
    input.signatureAlgorithm === OID.sha256WithRsa
      ? { algorithmId: input.signatureAlgorithm, algorithmParams: new asn1js.Null() }
      : { algorithmId: input.signatureAlgorithm },
  );
  const signerInfo = new pkijs.SignerInfo({
    version: 1,
    sid: new pkijs.IssuerAndSerialNumber({ issuer: certificate.issuer, serialNumber: certificate.serialNumber }),
    digestAlgorithm: sha256(),
    signedAttrs: new pkijs.SignedAndUnsignedAttributes({ type: 0, attributes: sortedSignedAttributes(input) }),
    signatureAlgorithm,
    signature: new asn1js.OctetString({ valueHex: toArrayBuffer(input.signature) }),
  });
  if (input.unsignedAttributes?.length) {
    signerInfo.unsignedAttrs = new pkijs.SignedAndUnsignedAttributes({
      type: 1,
      attributes: input.unsignedAttributes.map((u) => attribute(u.type, parseDer(u.value))),
    });
  }
  const encapContentInfo = new pkijs.EncapsulatedContentInfo({ eContentType: input.contentType });
  // Set after construction: pkijs's constructor turns eContent into a constructed (BER) OCTET
  // STRING of 64 KB pieces; DER, which ISO 32000 requires of the CMS, wants one primitive string.
  if (input.eContent) encapContentInfo.eContent = new asn1js.OctetString({ valueHex: toArrayBuffer(input.eContent) });
  const signedData = new pkijs.SignedData({
    version: input.contentType === OID.data ? 1 : 3,
    digestAlgorithms: [sha256()],
    encapContentInfo,
    ...(input.includeCertificates === false ? {} : { certificates: derSortedCertificates([input.signerCertificate, ...input.chain]) }),
    signerInfos: [signerInfo],
  });
  return encode(new pkijs.ContentInfo({ contentType: OID.signedData, content: signedData.toSchema(true) }).toSchema());
}
