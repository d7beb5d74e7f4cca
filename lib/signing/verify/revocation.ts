// Revocation of one certificate at a given time, from CRLs and OCSP responses (the document's DSS,
// the CMS, the CA, or fetched from a distribution point). Every CRL and OCSP response is checked
// against the issuer found on the path by key and signature, never by its name: a CRL "from" a CA
// whose name was copied verifies under no key on the path and is ignored.
import { createHash } from 'node:crypto';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { HASHES, toArrayBuffer } from './cms';
import { parsedOnce } from './parse-cache';
import { verifiesUnder } from './signature-value';
import { allowsKeyUsage, extendedKeyUsage, extension, EXT, KEY_PURPOSE, KEY_USAGE } from './path/certificate-facts';

export interface RevocationData {
  crls: pkijs.CertificateRevocationList[];
  ocsps: pkijs.BasicOCSPResponse[];
}

export type RevocationSource = 'DSS' | 'CMS' | 'CA';

export interface RevocationResult {
  status: 'GOOD' | 'REVOKED' | 'UNKNOWN';
  /** When the certificate was revoked, also when that was after the validation time. */
  revokedAt?: Date;
  source?: RevocationSource;
  method?: 'CRL' | 'OCSP';
}

export function parseCrl(der: Uint8Array): pkijs.CertificateRevocationList | null {
  return parsedOnce('crl', der, () => {
    try {
      return pkijs.CertificateRevocationList.fromBER(toArrayBuffer(der));
    } catch {
      return parseCrlWithEmptyEntryExtensions(der);
    }
  });
}

/**
 * @peculiar/x509 writes an empty crlEntryExtensions SEQUENCE for entries without extensions, which
 * pkijs's schema rejects. Drop those empty sequences for parsing, but keep the original TBS bytes so
 * the CA's signature is still checked over exactly what it signed.
 */
function parseCrlWithEmptyEntryExtensions(der: Uint8Array): pkijs.CertificateRevocationList | null {
  try {
    const asn1 = asn1js.fromBER(toArrayBuffer(der));
    if (asn1.offset === -1 || !(asn1.result instanceof asn1js.Sequence)) return null;
    const tbs = asn1.result.valueBlock.value[0];
    if (!(tbs instanceof asn1js.Sequence)) return null;
    const originalTbs = new Uint8Array(tbs.valueBeforeDecodeView);
    for (const item of tbs.valueBlock.value) {
      if (!(item instanceof asn1js.Sequence)) continue;
      for (const entry of item.valueBlock.value) {
        if (!(entry instanceof asn1js.Sequence) || !(entry.valueBlock.value[0] instanceof asn1js.Integer)) continue;
        entry.valueBlock.value = entry.valueBlock.value.filter((v) => !(v instanceof asn1js.Sequence && v.valueBlock.value.length === 0));
      }
    }
    const crl = new pkijs.CertificateRevocationList({ schema: asn1.result });
    crl.tbsView = originalTbs;
    return crl;
  } catch {
    return null;
  }
}

/** An OCSPResponse (as PAdES stores it) or a bare BasicOCSPResponse. */
export function parseOcsp(der: Uint8Array): pkijs.BasicOCSPResponse | null {
  return parsedOnce('ocsp', der, parseOcspNow);
}

function parseOcspNow(der: Uint8Array): pkijs.BasicOCSPResponse | null {
  try {
    const response = pkijs.OCSPResponse.fromBER(toArrayBuffer(der));
    if (!response.responseBytes) return null;
    return pkijs.BasicOCSPResponse.fromBER(toArrayBuffer(response.responseBytes.response.valueBlock.valueHexView));
  } catch {
    try {
      return pkijs.BasicOCSPResponse.fromBER(toArrayBuffer(der));
    } catch {
      return null;
    }
  }
}

const DELTA_CRL_INDICATOR = '2.5.29.27';
const ISSUING_DISTRIBUTION_POINT = '2.5.29.28';
const AUTHORITY_KEY_IDENTIFIER = '2.5.29.35';

const hexOf = (bytes: ArrayBuffer | Uint8Array) => Buffer.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).toString('hex');

const verifications = new WeakMap<object, Map<pkijs.Certificate, Promise<boolean>>>();

/** Whether `key`'s certificate verifies the signature on a CRL, OCSP response or certificate (remembered per pair). */
function verifiedBy(signed: { tbs: ArrayBuffer | Uint8Array; signature: asn1js.BitString; algorithm: pkijs.AlgorithmIdentifier; owner: object }, key: pkijs.Certificate): Promise<boolean> {
  let byKey = verifications.get(signed.owner);
  if (!byKey) verifications.set(signed.owner, (byKey = new Map()));
  let result = byKey.get(key);
  if (!result) {
    result = verifiesUnder(signed.tbs, signed.signature, signed.algorithm, key);
    byKey.set(key, result);
  }
  return result;
}

const crlSigned = (crl: pkijs.CertificateRevocationList) => ({ tbs: crl.tbsView, signature: crl.signatureValue, algorithm: crl.signatureAlgorithm, owner: crl });
const ocspSigned = (basic: pkijs.BasicOCSPResponse) => ({ tbs: basic.tbsResponseData.tbsView, signature: basic.signature, algorithm: basic.signatureAlgorithm, owner: basic });
const certificateSigned = (certificate: pkijs.Certificate) => ({ tbs: certificate.tbsView, signature: certificate.signatureValue, algorithm: certificate.signatureAlgorithm, owner: certificate });

/** The CRL's answer for the certificate at `at`, or null when this CRL cannot speak for it. */
async function crlStatus(crl: pkijs.CertificateRevocationList, certificate: pkijs.Certificate, issuer: pkijs.Certificate, at: Date): Promise<RevocationResult | null> {
  // Full CRLs of this CA only: no delta CRLs, no partitioned (issuing distribution point) CRLs.
  const extensions = crl.crlExtensions?.extensions ?? [];
  if (extensions.some((e) => e.extnID === DELTA_CRL_INDICATOR || e.extnID === ISSUING_DISTRIBUTION_POINT)) return null;
  if (!crl.issuer.isEqual(certificate.issuer) || !allowsKeyUsage(issuer, KEY_USAGE.cRLSign)) return null;
  const aki = extensions.find((e) => e.extnID === AUTHORITY_KEY_IDENTIFIER)?.parsedValue;
  const issuerSki = extension(issuer, EXT.subjectKeyIdentifier)?.parsedValue;
  if (aki instanceof pkijs.AuthorityKeyIdentifier && aki.keyIdentifier && issuerSki instanceof asn1js.OctetString) {
    if (hexOf(aki.keyIdentifier.valueBlock.valueHexView) !== hexOf(issuerSki.valueBlock.valueHexView)) return null;
  }
  if (!(await verifiedBy(crlSigned(crl), issuer))) return null;
  const entry = crl.revokedCertificates?.find((r) => r.userCertificate.isEqual(certificate.serialNumber));
  if (entry) {
    const revokedAt = entry.revocationDate.value;
    return { status: revokedAt.getTime() <= at.getTime() ? 'REVOKED' : 'GOOD', revokedAt, method: 'CRL' };
  }
  // Not listed: proves "not revoked at `at`" only if the CRL was current then or issued later.
  const issuedAfter = crl.thisUpdate.value.getTime() >= at.getTime();
  const currentThen = crl.thisUpdate.value.getTime() <= at.getTime() && !!crl.nextUpdate && crl.nextUpdate.value.getTime() >= at.getTime();
  return issuedAfter || currentThen ? { status: 'GOOD', method: 'CRL' } : null;
}

/**
 * The response is signed by the CA itself, or by a delegated responder that the CA issued for
 * OCSP signing (RFC 6960 4.2.2.2), valid when the response was produced and exempt from checks.
 */
async function ocspSignedBy(basic: pkijs.BasicOCSPResponse, issuer: pkijs.Certificate, crls: pkijs.CertificateRevocationList[]): Promise<boolean> {
  if (await verifiedBy(ocspSigned(basic), issuer)) return true;
  const producedAt = basic.tbsResponseData.producedAt.getTime();
  for (const responder of basic.certs ?? []) {
    const eku = extendedKeyUsage(responder);
    if (!eku?.purposes.includes(KEY_PURPOSE.ocspSigning) || !responder.issuer.isEqual(issuer.subject)) continue;
    if (responder.notBefore.value.getTime() > producedAt || responder.notAfter.value.getTime() < producedAt) continue;
    if (!(await verifiedBy(certificateSigned(responder), issuer))) continue;
    if (!extension(responder, EXT.ocspNoCheck) && !(await responderNotRevoked(responder, issuer, new Date(producedAt), crls))) continue;
    if (await verifiedBy(ocspSigned(basic), responder)) return true;
  }
  return false;
}

async function responderNotRevoked(responder: pkijs.Certificate, issuer: pkijs.Certificate, at: Date, crls: pkijs.CertificateRevocationList[]): Promise<boolean> {
  for (const crl of crls) if ((await crlStatus(crl, responder, issuer, at))?.status === 'GOOD') return true;
  return false;
}

/** The DER of a name as the certificate holds it (what a CertID's issuerNameHash is computed over). */
const nameDer = (name: pkijs.RelativeDistinguishedNames) => (name.valueBeforeDecode.byteLength ? name.valueBeforeDecode : name.toSchema().toBER(false));

/** Whether the CertID (RFC 6960 4.1.1) names this certificate of this issuer: serial, then the hashes of the issuer's name and key. */
function namesCertificate(certID: pkijs.CertID, certificate: pkijs.Certificate, issuer: pkijs.Certificate): boolean {
  const hash = HASHES[certID.hashAlgorithm.algorithmId];
  if (!hash || !certID.serialNumber.isEqual(certificate.serialNumber)) return false;
  const digest = (bytes: ArrayBuffer | Uint8Array) => createHash(hash).update(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)).digest();
  return (
    digest(nameDer(issuer.subject)).equals(certID.issuerNameHash.valueBlock.valueHexView) &&
    digest(issuer.subjectPublicKeyInfo.subjectPublicKey.valueBlock.valueHexView).equals(certID.issuerKeyHash.valueBlock.valueHexView)
  );
}

async function ocspStatus(basic: pkijs.BasicOCSPResponse, certificate: pkijs.Certificate, issuer: pkijs.Certificate, at: Date, crls: pkijs.CertificateRevocationList[]): Promise<RevocationResult | null> {
  // The CertID carries the hash of the issuer's key: a response about another CA's certificate does not match.
  const single = basic.tbsResponseData.responses.find((response) => namesCertificate(response.certID, certificate, issuer));
  if (!single || !(await ocspSignedBy(basic, issuer, crls))) return null;
  const status = single.certStatus as asn1js.BaseBlock;
  if (status.idBlock.tagClass === 3 && status.idBlock.tagNumber === 1) {
    const time = (status as asn1js.Constructed).valueBlock.value?.[0];
    if (!(time instanceof asn1js.GeneralizedTime)) return { status: 'REVOKED', method: 'OCSP' };
    const revokedAt = time.toDate();
    return { status: revokedAt.getTime() <= at.getTime() ? 'REVOKED' : 'GOOD', revokedAt, method: 'OCSP' };
  }
  if (status.idBlock.tagClass !== 3 || status.idBlock.tagNumber !== 0) return null;
  const thisUpdate = single.thisUpdate.getTime();
  const nextUpdate = single.nextUpdate?.getTime();
  const issuedAfter = thisUpdate >= at.getTime();
  const currentThen = thisUpdate <= at.getTime() && nextUpdate !== undefined && nextUpdate >= at.getTime();
  return issuedAfter || currentThen ? { status: 'GOOD', method: 'OCSP' } : null;
}

export interface RevocationCheck extends RevocationResult {
  /** The document's DSS alone answered (GOOD or REVOKED): what B-LT requires. */
  fromDss: boolean;
}

const timeOf = (r: RevocationResult) => r.revokedAt?.getTime() ?? -Infinity;

/** The certificate's status at `at` from every source: a proven revocation wins over any "good". */
export async function checkRevocation(
  certificate: pkijs.Certificate,
  issuer: pkijs.Certificate,
  at: Date,
  sources: { source: RevocationSource; data: RevocationData }[],
): Promise<RevocationCheck> {
  let revoked: RevocationResult | null = null;
  let good: RevocationResult | null = null;
  let fromDss = false;
  for (const { source, data } of sources) {
    const results: (RevocationResult | null)[] = [];
    for (const basic of data.ocsps) results.push(await ocspStatus(basic, certificate, issuer, at, data.crls));
    for (const crl of data.crls) results.push(await crlStatus(crl, certificate, issuer, at));
    for (const result of results) {
      if (!result) continue;
      if (source === 'DSS') fromDss = true;
      if (result.status === 'REVOKED' && (!revoked || timeOf(result) < timeOf(revoked))) revoked = { ...result, source };
      if (result.status === 'GOOD' && (!good || (!good.revokedAt && result.revokedAt))) good = { ...result, source };
    }
  }
  return { ...(revoked ?? good ?? { status: 'UNKNOWN' }), fromDss };
}

/** CRL distribution point URLs (http only) of a certificate. */
export function crlUrls(certificate: pkijs.Certificate): string[] {
  const parsed = extension(certificate, EXT.crlDistributionPoints)?.parsedValue as pkijs.CRLDistributionPoints | undefined;
  const urls: string[] = [];
  for (const point of parsed?.distributionPoints ?? []) {
    const names = Array.isArray(point.distributionPoint) ? point.distributionPoint : [];
    for (const name of names) if (name.type === 6 && /^https?:\/\//.test(String(name.value))) urls.push(String(name.value));
  }
  return urls;
}
