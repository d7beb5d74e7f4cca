// OCSP responder (RFC 6960) answered by the issuing CA itself, from the certificate registry.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { prisma as sharedPrisma } from '@/lib/db/client';
import { encode, parseCertificate, sha1, toArrayBuffer, wholeSeconds } from '../pki/der';
import { signSha256 } from '../pki/keys';
import { OID } from '../pki/oids';
import { loadCa, type CaMaterial } from './ca-store';
import type { Db } from './certificates';
import { effectiveStatus } from './status';

const RESPONSE_VALIDITY_MS = 24 * 60 * 60 * 1000;
const MALFORMED_REQUEST = 1;

const hex = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');

/** CertID (SHA-1, as RFC 6960 clients send) of a certificate issued by the issuing CA. */
export function certIdFor(ca: CaMaterial, serialHex: string): pkijs.CertID {
  const issuer = parseCertificate(ca.issuing.der);
  return new pkijs.CertID({
    hashAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.sha1, algorithmParams: new asn1js.Null() }),
    issuerNameHash: new asn1js.OctetString({ valueHex: toArrayBuffer(sha1(encode(issuer.subject.toSchema()))) }),
    issuerKeyHash: new asn1js.OctetString({ valueHex: toArrayBuffer(sha1(new Uint8Array(issuer.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView))) }),
    serialNumber: new asn1js.Integer({ valueHex: toArrayBuffer(new Uint8Array(Buffer.from(serialHex.length % 2 ? `0${serialHex}` : serialHex, 'hex'))) }),
  });
}

async function certStatusFor(certId: pkijs.CertID, ca: CaMaterial, db: Db, now: Date): Promise<asn1js.AsnType> {
  const unknown = new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 2 } });
  const ours = certIdFor(ca, '00');
  const sameIssuer =
    hex(certId.issuerKeyHash.valueBlock.valueHexView) === hex(ours.issuerKeyHash.valueBlock.valueHexView) &&
    hex(certId.issuerNameHash.valueBlock.valueHexView) === hex(ours.issuerNameHash.valueBlock.valueHexView);
  if (certId.hashAlgorithm.algorithmId !== OID.sha1 || !sameIssuer) return unknown;
  const serial = hex(certId.serialNumber.valueBlock.valueHexView).replace(/^(00)+(?=..)/, '');
  const good = new asn1js.Primitive({ idBlock: { tagClass: 3, tagNumber: 0 } });
  // The TSA certificate names this responder in its AIA too; the mock CA never revokes it.
  if (serial === ca.tsa.certificate.serialNumber.toLowerCase().replace(/^(00)+(?=..)/, '')) return good;
  const row = await db.sertifikatElektronik.findUnique({ where: { penerbit_serial: { penerbit: 'MOCK_CA', serial } } });
  if (!row) return unknown;
  const status = effectiveStatus(row, now);
  if (status === 'REVOKE' || status === 'SUSPEND') {
    const reason = status === 'SUSPEND' ? 6 : ({ unspecified: 0, keyCompromise: 1, affiliationChanged: 3, superseded: 4, cessationOfOperation: 5 } as Record<string, number>)[row.revocationReason ?? ''] ?? 0;
    return new asn1js.Constructed({
      idBlock: { tagClass: 3, tagNumber: 1 },
      value: [
        new asn1js.GeneralizedTime({ valueDate: wholeSeconds(row.revokedAt ?? now) }),
        new asn1js.Constructed({ idBlock: { tagClass: 3, tagNumber: 0 }, value: [new asn1js.Enumerated({ value: reason })] }),
      ],
    });
  }
  return good;
}

async function basicResponse(certIds: pkijs.CertID[], ca: CaMaterial, db: Db, at: Date, nonce?: pkijs.Extension): Promise<Uint8Array> {
  const now = wholeSeconds(at);
  const issuer = parseCertificate(ca.issuing.der);
  const responses = await Promise.all(
    certIds.map(async (certID) => new pkijs.SingleResponse({ certID, certStatus: await certStatusFor(certID, ca, db, now), thisUpdate: now, nextUpdate: new Date(now.getTime() + RESPONSE_VALIDITY_MS) })),
  );
  const tbs = new pkijs.ResponseData({ responderID: issuer.subject, producedAt: now, responses, ...(nonce ? { responseExtensions: [nonce] } : {}) });
  const tbsDer = encode(tbs.toSchema(true));
  // pkijs re-emits the cached bytes when the response is serialised: keep exactly what was signed.
  tbs.tbsView = tbsDer;
  const basic = new pkijs.BasicOCSPResponse({
    tbsResponseData: tbs,
    signatureAlgorithm: new pkijs.AlgorithmIdentifier({ algorithmId: OID.ecdsaWithSha256 }),
    signature: new asn1js.BitString({ valueHex: toArrayBuffer(signSha256(ca.issuing.key, tbsDer)) }),
    // The responder's certificate, so a client (NSS) need not find it elsewhere to check the signature.
    certs: [issuer],
  });
  return encode(
    new pkijs.OCSPResponse({
      responseStatus: new asn1js.Enumerated({ value: 0 }),
      responseBytes: new pkijs.ResponseBytes({ responseType: OID.ocspBasic, response: new asn1js.OctetString({ valueHex: toArrayBuffer(encode(basic.toSchema())) }) }),
    }).toSchema(),
  );
}

/** The OCSPResponse DER for one certificate of the mock CA (used in-process when signing). */
export async function ocspResponseForSerial(serialHex: string, options: { db?: Db; caDir?: string; now?: Date } = {}): Promise<Uint8Array> {
  const ca = await loadCa(options.caDir);
  return basicResponse([certIdFor(ca, serialHex)], ca, options.db ?? sharedPrisma, options.now ?? new Date());
}

/** Answers a DER OCSPRequest (the HTTP responder); a request that does not parse gets malformedRequest. */
export async function respondToOcspRequest(requestDer: Uint8Array, options: { db?: Db; caDir?: string; now?: Date } = {}): Promise<Uint8Array> {
  let request: pkijs.OCSPRequest;
  try {
    request = pkijs.OCSPRequest.fromBER(toArrayBuffer(requestDer));
  } catch {
    return encode(new pkijs.OCSPResponse({ responseStatus: new asn1js.Enumerated({ value: MALFORMED_REQUEST }) }).toSchema());
  }
  const ca = await loadCa(options.caDir);
  const nonce = request.tbsRequest.requestExtensions?.find((e) => e.extnID === OID.ocspNonce);
  const certIds = request.tbsRequest.requestList.map((r) => r.reqCert);
  if (certIds.length === 0) return encode(new pkijs.OCSPResponse({ responseStatus: new asn1js.Enumerated({ value: MALFORMED_REQUEST }) }).toSchema());
  return basicResponse(certIds, ca, options.db ?? sharedPrisma, options.now ?? new Date(), nonce);
}
