// Material for verifier attacks, built here and not by the verifier: certificates (genuine ones
// issued with the mock CA's own keys, forged ones with copied names), CRLs, OCSP responses and
// RFC 3161 tokens signed by any key, and PAdES signatures and document time-stamps made with the
// project's signing plumbing around whatever key, chain and validation data an attack needs.
import 'reflect-metadata';
import { createPublicKey, randomBytes, webcrypto, type KeyObject } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';
import type { CaMaterial } from '@/lib/signing/mock-ca/ca-store';
import { createTimeStampToken } from '@/lib/signing/mock-ca/tsa';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, type PDFObject } from 'pdf-lib';
import { appendDss, signatureContents, type ValidationData } from '@/lib/signing/pades';
import { appendIncrementalUpdate, type IndirectObject } from '@/lib/signing/pades/incremental-writer';
import { assembleSignedData, buildSignedAttributes } from '@/lib/signing/pki/cms';
import { encode, sha1, sha256, toArrayBuffer } from '@/lib/signing/pki/der';
import { generateSigningKeyPair, signatureAlgorithmOid, signSha256, toCryptoKey, toPublicCryptoKey } from '@/lib/signing/pki/keys';
import { OID } from '@/lib/signing/pki/oids';
import { createSampleNaskahPdf } from '@/lib/signing/sample/sample-naskah-pdf';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

export const DAY = 24 * 60 * 60 * 1000;
export const U = x509.KeyUsageFlags;
export const TIME_STAMPING = x509.ExtendedKeyUsage.timeStamping;
export const OCSP_SIGNING = x509.ExtendedKeyUsage.ocspSigning;
const ALG = { name: 'ECDSA', hash: 'SHA-256' } as const;

export interface Entity {
  certificate: x509.X509Certificate;
  der: Uint8Array;
  key: KeyObject;
  publicKey: CryptoKey;
}

async function entity(certificate: x509.X509Certificate, key: KeyObject): Promise<Entity> {
  return { certificate, der: new Uint8Array(certificate.rawData), key, publicKey: await toPublicCryptoKey(createPublicKey(key)) };
}

/** The mock CA's root, issuing CA and TSA with their private keys. */
export async function genuineCa(ca: CaMaterial): Promise<{ root: Entity; issuing: Entity; tsa: Entity }> {
  return { root: await entity(ca.root.certificate, ca.root.key), issuing: await entity(ca.issuing.certificate, ca.issuing.key), tsa: await entity(ca.tsa.certificate, ca.tsa.key) };
}

export interface CertificateSpec {
  subject: string;
  /** Signs the certificate and gives the issuer name and authority key identifier; self-signed without. */
  issuer?: Entity;
  /** The issuer name written into the certificate (a copied name). */
  issuerName?: string;
  /** The authority key identifier written into the certificate (a copied one). */
  authorityKey?: CryptoKey;
  notBefore?: Date;
  notAfter?: Date;
  ca?: boolean;
  pathLen?: number;
  /** keyUsage flags; null leaves the extension out. */
  keyUsage?: number | null;
  eku?: { purposes: string[]; critical: boolean };
}

export async function issue(spec: CertificateSpec): Promise<Entity> {
  const keys = await generateSigningKeyPair();
  const publicKey = await toPublicCryptoKey(keys.publicKey);
  const signingKey = spec.issuer?.key ?? keys.privateKey;
  const authorityKey = spec.authorityKey ?? spec.issuer?.publicKey;
  const usage = spec.keyUsage === undefined ? (spec.ca ? U.keyCertSign | U.cRLSign : U.digitalSignature | U.nonRepudiation) : spec.keyUsage;
  const certificate = await x509.X509CertificateGenerator.create({
    serialNumber: `1${randomBytes(15).toString('hex')}`,
    subject: spec.subject,
    issuer: spec.issuerName ?? spec.issuer?.certificate.subject ?? spec.subject,
    notBefore: spec.notBefore ?? new Date(Date.now() - DAY),
    notAfter: spec.notAfter ?? new Date(Date.now() + 365 * DAY),
    publicKey,
    signingKey: await toCryptoKey(signingKey),
    signingAlgorithm: ALG,
    extensions: [
      new x509.BasicConstraintsExtension(spec.ca ?? false, spec.pathLen, true),
      ...(usage === null ? [] : [new x509.KeyUsagesExtension(usage, true)]),
      ...(spec.eku ? [new x509.ExtendedKeyUsageExtension(spec.eku.purposes, spec.eku.critical)] : []),
      await x509.SubjectKeyIdentifierExtension.create(publicKey),
      ...(authorityKey ? [await x509.AuthorityKeyIdentifierExtension.create(authorityKey)] : []),
    ],
  });
  return entity(certificate, keys.privateKey);
}

/** A CRL under any name, signed by any key. */
export async function makeCrl(spec: { issuerName: string; key: KeyObject; authorityKey?: CryptoKey; revoked?: { certificate: Entity; at: Date }[]; thisUpdate?: Date }): Promise<Uint8Array> {
  const thisUpdate = spec.thisUpdate ?? new Date(Date.now() - 1000);
  const crl = await x509.X509CrlGenerator.create({
    issuer: spec.issuerName,
    thisUpdate,
    nextUpdate: new Date(thisUpdate.getTime() + 7 * DAY),
    entries: (spec.revoked ?? []).map((r) => ({ serialNumber: r.certificate.certificate.serialNumber, revocationDate: r.at })),
    signingKey: await toCryptoKey(spec.key),
    signingAlgorithm: ALG,
    extensions: spec.authorityKey ? [await x509.AuthorityKeyIdentifierExtension.create(spec.authorityKey)] : [],
  });
  return new Uint8Array(crl.rawData);
}

/** The genuine CRL of a CA: its own name, key and key identifier. */
export const crlOf = (issuer: Entity, revoked: { certificate: Entity; at: Date }[] = []) =>
  makeCrl({ issuerName: issuer.certificate.subject, key: issuer.key, authorityKey: issuer.publicKey, revoked });

/** An OCSPResponse about `subject` (CertID under `issuer`), signed by `signer` and carrying `certs`. */
export async function makeOcsp(spec: { issuer: Entity; subject: Entity; status: 'good' | 'revoked'; revokedAt?: Date; signerKey: KeyObject; responderName: string; certs?: Uint8Array[] }): Promise<Uint8Array> {
  const issuer = pkijs.Certificate.fromBER(toArrayBuffer(spec.issuer.der));
  const subject = pkijs.Certificate.fromBER(toArrayBuffer(spec.subject.der));
  const certID = new pkijs.CertID({
    hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha1, algorithmParams: new asn1js.Null() }),
    issuerNameHash: new asn1js.OctetString({ valueHex: toArrayBuffer(sha1(encode(issuer.subject.toSchema()))) }),
    issuerKeyHash: new asn1js.OctetString({ valueHex: toArrayBuffer(sha1(new Uint8Array(issuer.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView))) }),
    serialNumber: subject.serialNumber,
  });
  const now = new Date(Math.floor(Date.now() / 1000) * 1000 - 1000);
  const certStatus =
    spec.status === 'good'
      ? new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } })
      : new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 1 }, value: [new asn1js.GeneralizedTime({ valueDate: spec.revokedAt ?? now })] });
  const responderName = pkijs.RelativeDistinguishedNames.fromBER(new x509.Name(spec.responderName).toArrayBuffer());
  const tbs = new pkijs.ResponseData({ responderID: responderName, producedAt: now, responses: [new pkijs.SingleResponse({ certID, certStatus, thisUpdate: now, nextUpdate: new Date(now.getTime() + DAY) })] });
  const tbsDer = encode(tbs.toSchema(true));
  tbs.tbsView = tbsDer;
  const basic = new pkijs.BasicOCSPResponse({
    tbsResponseData: tbs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 }),
    signature: new asn1js.BitString({ valueHex: toArrayBuffer(signSha256(spec.signerKey, tbsDer)) }),
    certs: (spec.certs ?? []).map((der) => pkijs.Certificate.fromBER(toArrayBuffer(der))),
  });
  return encode(
    new pkijs.OCSPResponse({
      responseStatus: new asn1js.Enumerated({ value: 0 }),
      responseBytes: new pkijs.ResponseBytes({ responseType: OID.ocspBasic, response: new asn1js.OctetString({ valueHex: toArrayBuffer(encode(basic.toSchema())) }) }),
    }).toSchema(),
  );
}

/** An RFC 3161 token over `imprint` signed by any TSA, at any time. */
export function makeTimeStampToken(imprint: Uint8Array, tsa: Entity, genTime: Date, chain: Uint8Array[] = []): Uint8Array {
  const tstInfo = encode(
    new pkijs.TSTInfo({
      version: 1,
      policy: OID.mockTsaPolicy,
      messageImprint: new pkijs.MessageImprint({ hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }), hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(imprint) }) }),
      serialNumber: new asn1js.Integer({ value: Date.now() }),
      genTime,
    }).toSchema(),
  );
  const attributes = { contentType: OID.tstInfo, digest: sha256(tstInfo), signerCertificate: tsa.der };
  return assembleSignedData({ ...attributes, signature: signSha256(tsa.key, buildSignedAttributes(attributes)), signatureAlgorithm: signatureAlgorithmOid('ec'), chain, eContent: tstInfo });
}

export type Stamper = (imprint: Uint8Array) => Promise<Uint8Array>;

/** The mock CA's own TSA, at a chosen time. */
export const genuineStamper = (ca: CaMaterial, at?: Date): Stamper => (imprint) => createTimeStampToken(imprint, { caDir: ca.dir, now: at });


/** The CMS of a PAdES baseline signature (the project's own builder), time-stamped by the stamper when given. */
class ForgeCmsSigner extends Signer {
  constructor(private readonly spec: { signer: Entity; chain?: Entity[]; stamper?: Stamper }) {
    super();
  }
  async sign(content: Buffer): Promise<Buffer> {
    const attributes = { contentType: OID.data, digest: sha256(content), signerCertificate: this.spec.signer.der };
    const signature = signSha256(this.spec.signer.key, buildSignedAttributes(attributes));
    const token = this.spec.stamper ? await this.spec.stamper(sha256(signature)) : null;
    return Buffer.from(
      assembleSignedData({
        ...attributes,
        signature,
        signatureAlgorithm: signatureAlgorithmOid('ec'),
        chain: (this.spec.chain ?? []).map((e) => e.der),
        unsignedAttributes: token ? [{ type: OID.signatureTimeStampToken, value: token }] : [],
      }),
    );
  }
}

/**
 * A PAdES signature over the sample naskah: any key and chain, a time-stamp from any stamper (none:
 * B-B, so only /M speaks of time), then any DSS. /M is `claimedAt` (now by default).
 */
export async function signPdf(spec: { signer: Entity; chain?: Entity[]; stamper?: Stamper; dss?: ValidationData; claimedAt?: Date }): Promise<Uint8Array> {
  const claimedAt = spec.claimedAt ?? new Date();
  const placeholder = plainAddPlaceholder({
    pdfBuffer: Buffer.from(await createSampleNaskahPdf()),
    reason: 'Uji serangan',
    contactInfo: '',
    name: 'Penanda tangan',
    location: 'Kota Uji',
    signingTime: claimedAt,
    signatureLength: 12 * 1024,
    subFilter: 'ETSI.CAdES.detached',
  });
  const signed = new Uint8Array(await new SignPdf().sign(placeholder, new ForgeCmsSigner(spec), claimedAt));
  return spec.dss ? appendDss(signed, signatureContents(signed), spec.dss) : signed;
}

const DOC_STAMP_BYTES = 8192;
const BYTE_RANGE_PLACEHOLDER = '/ByteRange [0 0000000000 0000000000 0000000000]';

function serialise(object: PDFObject): Uint8Array {
  const bytes = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return bytes;
}

/**
 * Appends an ETSI.RFC3161 document time-stamp (a /DocTimeStamp field on page 1, invisible) from the
 * stamper, as an incremental update written like the project's DSS.
 */
export async function addDocumentTimeStamp(pdf: Uint8Array, stamper: Stamper): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const context = doc.context;
  const rootRef = context.trailerInfo.Root as PDFRef;
  const page = doc.getPage(0);
  const sigNumber = context.largestObjectNumber + 1;
  const fieldRef = PDFRef.of(sigNumber + 1);
  const sigBody = new TextEncoder().encode(`<< /Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161 ${BYTE_RANGE_PLACEHOLDER} /Contents <${'0'.repeat(DOC_STAMP_BYTES * 2)}> >>`);
  const field = context.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Sig', T: PDFHexString.fromText('Stempel waktu dokumen'), V: PDFRef.of(sigNumber), Rect: [0, 0, 0, 0], F: 132, P: page.ref });
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray);
  page.node.set(PDFName.of('Annots'), context.obj([...(annots?.asArray() ?? []), fieldRef]));
  const objects: IndirectObject[] = [
    { number: sigNumber, generation: 0, body: sigBody },
    { number: fieldRef.objectNumber, generation: 0, body: serialise(field) },
    { number: page.ref.objectNumber, generation: page.ref.generationNumber, body: serialise(page.node) },
  ];
  const acroFormValue = doc.catalog.get(PDFName.of('AcroForm'));
  const acroForm = doc.catalog.lookupMaybe(PDFName.of('AcroForm'), PDFDict) ?? (context.obj({}) as PDFDict);
  const fields = acroForm.lookupMaybe(PDFName.of('Fields'), PDFArray);
  acroForm.set(PDFName.of('Fields'), context.obj([...(fields?.asArray() ?? []), fieldRef]));
  acroForm.set(PDFName.of('SigFlags'), context.obj(3));
  if (acroFormValue instanceof PDFRef) objects.push({ number: acroFormValue.objectNumber, generation: acroFormValue.generationNumber, body: serialise(acroForm) });
  else {
    doc.catalog.set(PDFName.of('AcroForm'), acroForm);
    objects.push({ number: rootRef.objectNumber, generation: rootRef.generationNumber, body: serialise(doc.catalog) });
  }
  const entries: Record<string, string> = { Root: rootRef.toString() };
  if (context.trailerInfo.Info) entries.Info = context.trailerInfo.Info.toString();
  if (context.trailerInfo.ID) entries.ID = context.trailerInfo.ID.toString();
  const out = Buffer.from(appendIncrementalUpdate(pdf, objects, { size: sigNumber + 2, entries }));

  const rangeAt = out.lastIndexOf(BYTE_RANGE_PLACEHOLDER);
  const contentsStart = out.indexOf('/Contents <', rangeAt) + '/Contents '.length;
  const contentsEnd = contentsStart + DOC_STAMP_BYTES * 2 + 2;
  const range = `/ByteRange [0 ${[contentsStart, contentsEnd, out.length - contentsEnd].map((n) => String(n).padStart(10, '0')).join(' ')}]`;
  out.write(range, rangeAt, 'latin1');
  const token = await stamper(sha256(Buffer.concat([out.subarray(0, contentsStart), out.subarray(contentsEnd)])));
  out.write(Buffer.from(token).toString('hex').padEnd(DOC_STAMP_BYTES * 2, '0'), contentsStart + 1, 'latin1');
  return new Uint8Array(out);
}
