// RFC 3161 time-stamp authority of the mock CA: tokens signed by its TSA certificate.
import { randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { assembleSignedData, buildSignedAttributes } from '../pki/cms';
import { encode, sha256, toArrayBuffer, wholeSeconds } from '../pki/der';
import { signatureAlgorithmOid, signSha256 } from '../pki/keys';
import { OID } from '../pki/oids';
import { loadCa } from './ca-store';

export interface TimeStampOptions {
  caDir?: string;
  now?: Date;
  nonce?: asn1js.Integer;
  /** Embed the TSA's certificate chain (RFC 3161 certReq); true for PAdES tokens. */
  includeCertificates?: boolean;
}

/** A time-stamp token (ContentInfo with SignedData over a TSTInfo) for a SHA-256 imprint. */
export async function createTimeStampToken(imprint: Uint8Array, options: TimeStampOptions = {}): Promise<Uint8Array> {
  if (imprint.length !== 32) throw new Error('imprint must be a SHA-256 digest');
  const ca = await loadCa(options.caDir);
  const tstInfo = encode(
    new pkijs.TSTInfo({
      version: 1,
      policy: OID.mockTsaPolicy,
      messageImprint: new pkijs.MessageImprint({
        hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
        hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(imprint) }),
      }),
      serialNumber: new asn1js.Integer({ valueHex: toArrayBuffer(positive(randomBytes(16))) }),
      genTime: wholeSeconds(options.now ?? new Date()),
      accuracy: new pkijs.Accuracy({ seconds: 1 }),
      ...(options.nonce ? { nonce: options.nonce } : {}),
    }).toSchema(),
  );
  const signedAttributes = { contentType: OID.tstInfo, digest: sha256(tstInfo), signerCertificate: ca.tsa.der };
  const signature = signSha256(ca.tsa.key, buildSignedAttributes(signedAttributes));
  const includeCertificates = options.includeCertificates ?? true;
  return assembleSignedData({
    ...signedAttributes,
    signature,
    signatureAlgorithm: signatureAlgorithmOid(ca.tsa.key.asymmetricKeyType),
    chain: [ca.issuing.der, ca.root.der],
    includeCertificates,
    eContent: tstInfo,
  });
}

function positive(bytes: Buffer): Uint8Array {
  bytes[0] = (bytes[0] & 0x7f) | 0x01;
  return new Uint8Array(bytes);
}

const GRANTED = 0;
const REJECTION = 2;
const BAD_ALG = 0;
const BAD_REQUEST = 2;

function rejection(failBit: number): Uint8Array {
  const failInfo = new Uint8Array([0x80 >> failBit]);
  return encode(
    new pkijs.TimeStampResp({
      status: new pkijs.PKIStatusInfo({ status: REJECTION, failInfo: new asn1js.BitString({ valueHex: toArrayBuffer(failInfo), unusedBits: 7 - failBit }) }),
    }).toSchema(),
  );
}

/** Answers a DER TimeStampReq with a DER TimeStampResp (the HTTP TSA). Only SHA-256 imprints. */
export async function respondToTimeStampRequest(requestDer: Uint8Array, options: { caDir?: string; now?: Date } = {}): Promise<Uint8Array> {
  let request: pkijs.TimeStampReq;
  try {
    request = pkijs.TimeStampReq.fromBER(toArrayBuffer(requestDer));
  } catch {
    return rejection(BAD_REQUEST);
  }
  const imprint = request.messageImprint;
  if (imprint.hashAlgorithm.algorithmId !== OID.sha256 || imprint.hashedMessage.valueBlock.valueHexView.length !== 32) return rejection(BAD_ALG);
  const token = await createTimeStampToken(new Uint8Array(imprint.hashedMessage.valueBlock.valueHexView), {
    ...options,
    nonce: request.nonce,
    includeCertificates: request.certReq ?? false,
  });
  const tokenInfo = pkijs.ContentInfo.fromBER(toArrayBuffer(token));
  return encode(new pkijs.TimeStampResp({ status: new pkijs.PKIStatusInfo({ status: GRANTED }), timeStampToken: tokenInfo }).toSchema());
}
