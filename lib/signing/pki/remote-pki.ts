// HTTP clients for the public PKI services a remote signer's certificates name: CRL distribution
// points, OCSP responders, "CA issuers" certificates (AIA) and an RFC 3161 time-stamp authority.
// Every request has a deadline and a size cap; answers are parsed and checked before use.
import { randomBytes } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toArrayBuffer, toBytes } from './der';
import { OID } from './oids';

type Fetch = typeof fetch;

export interface RemotePkiOptions {
  fetch?: Fetch;
  timeoutMs?: number;
  /** Largest answer accepted (a CRL of a national CA can be a few megabytes). */
  maxBytes?: number;
}

const DEFAULTS = { timeoutMs: 10_000, maxBytes: 20 * 1024 * 1024 };

export class RemotePkiError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'RemotePkiError';
  }
}

async function exchange(url: string, init: RequestInit, options: RemotePkiOptions): Promise<Uint8Array> {
  if (!/^https?:\/\//i.test(url)) throw new RemotePkiError(`bukan alamat HTTP: ${url}`);
  const fetchImpl = options.fetch ?? fetch;
  const maxBytes = options.maxBytes ?? DEFAULTS.maxBytes;
  let response: Response;
  try {
    response = await fetchImpl(url, { ...init, redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs ?? DEFAULTS.timeoutMs) });
  } catch (error) {
    throw new RemotePkiError(`${url} tidak dapat dihubungi (${error instanceof Error ? error.name : 'error'})`);
  }
  if (!response.ok) throw new RemotePkiError(`${url} menjawab HTTP ${response.status}`);
  if (Number(response.headers.get('content-length') ?? 0) > maxBytes) throw new RemotePkiError(`${url}: jawaban terlalu besar`);
  const body = new Uint8Array(await response.arrayBuffer());
  if (body.length === 0 || body.length > maxBytes) throw new RemotePkiError(`${url}: jawaban kosong atau terlalu besar`);
  return body;
}

/** A CRL (DER, or PEM as some CAs publish) from a distribution point; checked to parse. */
export async function fetchCrl(url: string, options: RemotePkiOptions = {}): Promise<Uint8Array> {
  const body = pemOrDer(await exchange(url, { method: 'GET' }, options), 'X509 CRL');
  try {
    asn1Sequence(body);
  } catch {
    throw new RemotePkiError(`${url}: bukan CRL`);
  }
  return body;
}

/** The certificate(s) at an AIA "CA issuers" address: one DER/PEM certificate or a certs-only PKCS#7. */
export async function fetchIssuerCertificates(url: string, options: RemotePkiOptions = {}): Promise<Uint8Array[]> {
  const body = pemOrDer(await exchange(url, { method: 'GET' }, options), 'CERTIFICATE');
  try {
    pkijs.Certificate.fromBER(toArrayBuffer(body));
    return [body];
  } catch {
    try {
      const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(toArrayBuffer(body)).content });
      return (signedData.certificates ?? []).filter((c) => c instanceof pkijs.Certificate).map((c) => new Uint8Array(c.toSchema().toBER()));
    } catch {
      throw new RemotePkiError(`${url}: bukan sertifikat`);
    }
  }
}

/** An OCSP response (DER OCSPResponse, status successful) for certificate, issued by issuer. */
export async function fetchOcsp(url: string, certificate: Uint8Array, issuer: Uint8Array, options: RemotePkiOptions = {}): Promise<Uint8Array> {
  const request = new pkijs.OCSPRequest();
  await request.createForCertificate(pkijs.Certificate.fromBER(toArrayBuffer(certificate)), {
    hashAlgorithm: 'SHA-1',
    issuerCertificate: pkijs.Certificate.fromBER(toArrayBuffer(issuer)),
  });
  const body = await exchange(url, { method: 'POST', headers: { 'content-type': 'application/ocsp-request' }, body: new Uint8Array(request.toSchema(true).toBER()) }, options);
  let response: pkijs.OCSPResponse;
  try {
    response = pkijs.OCSPResponse.fromBER(toArrayBuffer(body));
  } catch {
    throw new RemotePkiError(`${url}: bukan jawaban OCSP`);
  }
  if (response.responseStatus.valueBlock.valueDec !== 0 || !response.responseBytes) {
    throw new RemotePkiError(`${url}: OCSP menjawab status ${response.responseStatus.valueBlock.valueDec}`);
  }
  return body;
}

/** A time-stamp token (ContentInfo DER, with the TSA's certificates) over a SHA-256 imprint. */
export async function requestTimeStamp(url: string, imprint: Uint8Array, options: RemotePkiOptions = {}): Promise<Uint8Array> {
  const nonce = randomBytes(8);
  nonce[0] &= 0x7f;
  const request = new pkijs.TimeStampReq({
    version: 1,
    messageImprint: new pkijs.MessageImprint({
      hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha256 }),
      hashedMessage: new asn1js.OctetString({ valueHex: toArrayBuffer(imprint) }),
    }),
    nonce: new asn1js.Integer({ valueHex: toArrayBuffer(nonce) }),
    certReq: true,
  });
  const body = await exchange(url, { method: 'POST', headers: { 'content-type': 'application/timestamp-query' }, body: new Uint8Array(request.toSchema().toBER()) }, options);
  let token: Uint8Array;
  let info: pkijs.TSTInfo;
  try {
    const response = asn1Sequence(body);
    const status = new pkijs.PKIStatusInfo({ schema: response.valueBlock.value[0] });
    if (status.status !== 0 && status.status !== 1) throw new RemotePkiError(`${url}: TSA menolak (status ${status.status})`);
    // The token exactly as the TSA encoded it: its signature covers those bytes.
    token = toBytes(response.valueBlock.value[1].valueBeforeDecodeView);
    const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(toArrayBuffer(token)).content });
    info = pkijs.TSTInfo.fromBER(toArrayBuffer(toBytes(signedData.encapContentInfo.eContent!.getValue())));
  } catch (error) {
    if (error instanceof RemotePkiError) throw error;
    throw new RemotePkiError(`${url}: jawaban TSA tidak dapat dibaca`);
  }
  const sameImprint = Buffer.from(info.messageImprint.hashedMessage.valueBlock.valueHexView).equals(Buffer.from(imprint));
  const sameNonce = !!info.nonce && Buffer.from(info.nonce.valueBlock.valueHexView).equals(nonce);
  if (!sameImprint || !sameNonce) throw new RemotePkiError(`${url}: token TSA bukan untuk permintaan ini`);
  return token;
}

function asn1Sequence(der: Uint8Array): asn1js.Sequence {
  const parsed = asn1js.fromBER(toArrayBuffer(der));
  if (parsed.offset === -1 || !(parsed.result instanceof asn1js.Sequence)) throw new Error('not a DER SEQUENCE');
  return parsed.result;
}

function pemOrDer(body: Uint8Array, label: string): Uint8Array {
  const text = Buffer.from(body.subarray(0, 64)).toString('latin1');
  if (!text.includes(`-----BEGIN ${label}-----`)) return body;
  const pem = Buffer.from(body).toString('latin1');
  return new Uint8Array(Buffer.from(pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, ''), 'base64'));
}
