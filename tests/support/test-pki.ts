// A tiny, self-contained PKI for signature tests: a root, a signer certificate, CRLs, and a CMS
// signer for @signpdf. Independent of the project's mock CA so "foreign" (untrusted) and tampered
// documents can be made at will.
import 'reflect-metadata';
import { createHash, webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { Signer } from '@signpdf/utils';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);
const ALG = { name: 'ECDSA', namedCurve: 'P-256', hash: 'SHA-256' } as const;
const DAY = 24 * 60 * 60 * 1000;

export interface TestEntity {
  cert: x509.X509Certificate;
  keys: CryptoKeyPair;
}

let serial = 1000 + Math.floor(Math.random() * 1000);

export async function makeRoot(name = 'CN=Test Root'): Promise<TestEntity> {
  const keys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.createSelfSigned({
    serialNumber: (serial++).toString(16).padStart(4, '0'),
    name,
    notBefore: new Date(Date.now() - DAY),
    notAfter: new Date(Date.now() + 365 * DAY),
    keys,
    signingAlgorithm: ALG,
    extensions: [new x509.BasicConstraintsExtension(true, undefined, true), new x509.KeyUsagesExtension(x509.KeyUsageFlags.keyCertSign | x509.KeyUsageFlags.cRLSign, true)],
  });
  return { cert, keys };
}

export async function issueSigner(issuer: TestEntity, name: string, nik: string): Promise<TestEntity> {
  const keys = (await webcrypto.subtle.generateKey(ALG, true, ['sign', 'verify'])) as CryptoKeyPair;
  const cert = await x509.X509CertificateGenerator.create({
    serialNumber: (serial++).toString(16).padStart(4, '0'),
    subject: `CN=${name}, 2.5.4.5=${nik}, C=ID`,
    issuer: issuer.cert.subject,
    notBefore: new Date(Date.now() - DAY),
    notAfter: new Date(Date.now() + 365 * DAY),
    publicKey: keys.publicKey,
    signingKey: issuer.keys.privateKey,
    signingAlgorithm: ALG,
    extensions: [new x509.KeyUsagesExtension(x509.KeyUsageFlags.digitalSignature | x509.KeyUsageFlags.nonRepudiation, true)],
  });
  return { cert, keys };
}

export async function makeCrl(issuer: TestEntity, revoked: { cert: x509.X509Certificate; at: Date }[]): Promise<Uint8Array> {
  const crl = await x509.X509CrlGenerator.create({
    issuer: issuer.cert.subject,
    thisUpdate: new Date(),
    nextUpdate: new Date(Date.now() + 7 * DAY),
    entries: revoked.map((r) => ({ serialNumber: r.cert.serialNumber, revocationDate: r.at })),
    signingKey: issuer.keys.privateKey,
    signingAlgorithm: ALG,
  });
  return new Uint8Array(crl.rawData);
}

const ab = (bytes: Uint8Array) => bytes.slice().buffer;

/** CMS signer with PAdES signed attributes: content-type, message-digest, signing-certificate-v2. */
export class TestCmsSigner extends Signer {
  constructor(
    private readonly signer: TestEntity,
    private readonly chain: x509.X509Certificate[],
  ) {
    super();
  }
  async sign(content: Buffer): Promise<Buffer> {
    const certDer = new Uint8Array(this.signer.cert.rawData);
    const cert = pkijs.Certificate.fromBER(ab(certDer));
    const digest = createHash('sha256').update(content).digest();
    // ESSCertIDv2 with the default hash (SHA-256) omits the algorithm: SEQUENCE { certs SEQUENCE OF { certHash } }.
    const signingCertificateV2 = new asn1js.Sequence({
      value: [new asn1js.Sequence({ value: [new asn1js.Sequence({ value: [new asn1js.OctetString({ valueHex: ab(createHash('sha256').update(certDer).digest()) })] })] })],
    });
    const signedData = new pkijs.SignedData({
      version: 1,
      encapContentInfo: new pkijs.EncapsulatedContentInfo({ eContentType: '1.2.840.113549.1.7.1' }),
      signerInfos: [
        new pkijs.SignerInfo({
          version: 1,
          sid: new pkijs.IssuerAndSerialNumber({ issuer: cert.issuer, serialNumber: cert.serialNumber }),
          signedAttrs: new pkijs.SignedAndUnsignedAttributes({
            type: 0,
            attributes: [
              new pkijs.Attribute({ type: '1.2.840.113549.1.9.3', values: [new asn1js.ObjectIdentifier({ value: '1.2.840.113549.1.7.1' })] }),
              new pkijs.Attribute({ type: '1.2.840.113549.1.9.4', values: [new asn1js.OctetString({ valueHex: ab(digest) })] }),
              new pkijs.Attribute({ type: '1.2.840.113549.1.9.16.2.47', values: [signingCertificateV2] }),
            ],
          }),
        }),
      ],
      certificates: [cert, ...this.chain.map((c) => pkijs.Certificate.fromBER(c.rawData))],
    });
    await signedData.sign(this.signer.keys.privateKey, 0, 'SHA-256');
    const info = new pkijs.ContentInfo({ contentType: '1.2.840.113549.1.7.2', content: signedData.toSchema(true) });
    return Buffer.from(info.toSchema().toBER(false));
  }
}

export async function makeUnsignedPdf(text = 'Surat uji'): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const page = doc.addPage([595, 842]);
  page.drawText(text, { x: 72, y: 760, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  return doc.save({ useObjectStreams: false });
}

/** Signs (or signs again, as an incremental update) a PDF with the test signer. */
export async function signWithTestPki(pdf: Uint8Array, signer: TestEntity, chain: x509.X509Certificate[], signingTime = new Date()): Promise<Uint8Array> {
  const withPlaceholder = plainAddPlaceholder({
    pdfBuffer: Buffer.from(pdf),
    reason: 'Uji',
    contactInfo: '',
    name: signer.cert.subject,
    location: 'Kota Uji',
    signingTime,
    signatureLength: 8192,
    subFilter: 'ETSI.CAdES.detached',
  });
  return new Uint8Array(await new SignPdf().sign(withPlaceholder, new TestCmsSigner(signer, chain), signingTime));
}
