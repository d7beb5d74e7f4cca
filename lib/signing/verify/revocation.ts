// Revocation at signing time from CRLs and OCSP responses (from the document's DSS, the CMS, or
// fetched from the CA): a certificate revoked after a signature was made leaves that signature valid.
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { toArrayBuffer } from './cms';

export interface RevocationData {
  crls: pkijs.CertificateRevocationList[];
  ocsps: pkijs.BasicOCSPResponse[];
}

export type RevocationSource = 'DSS' | 'CMS' | 'CA';

export interface RevocationResult {
  status: 'GOOD' | 'REVOKED' | 'UNKNOWN';
  /** When the certificate was revoked, also when that was after the signing time. */
  revokedAt?: Date;
  source?: RevocationSource;
}

export function parseCrl(der: Uint8Array): pkijs.CertificateRevocationList | null {
  try {
    return pkijs.CertificateRevocationList.fromBER(toArrayBuffer(der));
  } catch {
    return parseCrlWithEmptyEntryExtensions(der);
  }
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

async function crlStatus(crl: pkijs.CertificateRevocationList, certificate: pkijs.Certificate, issuer: pkijs.Certificate, at: Date): Promise<RevocationResult | null> {
  if (!crl.issuer.isEqual(certificate.issuer)) return null;
  try {
    if (!(await crl.verify({ issuerCertificate: issuer }))) return null;
  } catch {
    return null;
  }
  const entry = crl.revokedCertificates?.find((r) => r.userCertificate.isEqual(certificate.serialNumber));
  if (!entry) return crl.thisUpdate.value.getTime() >= at.getTime() || !crl.nextUpdate || crl.nextUpdate.value.getTime() >= at.getTime() ? { status: 'GOOD' } : null;
  const revokedAt = entry.revocationDate.value;
  return { status: revokedAt.getTime() <= at.getTime() ? 'REVOKED' : 'GOOD', revokedAt };
}

async function ocspSignedBy(basic: pkijs.BasicOCSPResponse, issuer: pkijs.Certificate): Promise<boolean> {
  const engine = pkijs.getCrypto(true);
  const signers = [issuer];
  for (const cert of basic.certs ?? []) {
    try {
      if (await cert.verify(issuer)) signers.push(cert);
    } catch {
      // not issued by this CA: cannot vouch for the response
    }
  }
  for (const signer of signers) {
    try {
      if (await engine.verifyWithPublicKey(toArrayBuffer(basic.tbsResponseData.tbsView), basic.signature, signer.subjectPublicKeyInfo, basic.signatureAlgorithm)) return true;
    } catch {
      // try the next candidate
    }
  }
  return false;
}

async function ocspStatus(basic: pkijs.BasicOCSPResponse, certificate: pkijs.Certificate, issuer: pkijs.Certificate, at: Date): Promise<RevocationResult | null> {
  let status: { isForCertificate: boolean; status: number };
  try {
    status = await basic.getCertificateStatus(certificate, issuer);
  } catch {
    return null;
  }
  if (!status.isForCertificate || !(await ocspSignedBy(basic, issuer))) return null;
  if (status.status === 0) return { status: 'GOOD' };
  if (status.status !== 1) return null;
  const single = basic.tbsResponseData.responses.find((r) => r.certID.serialNumber.isEqual(certificate.serialNumber));
  const revokedInfo = single?.certStatus as asn1js.Constructed | undefined;
  const time = revokedInfo?.valueBlock?.value?.[0] as asn1js.GeneralizedTime | undefined;
  const revokedAt = time && typeof time.toDate === 'function' ? time.toDate() : undefined;
  return { status: !revokedAt || revokedAt.getTime() <= at.getTime() ? 'REVOKED' : 'GOOD', revokedAt };
}

/** The certificate's status at the given time from the first source that answers (REVOKED wins). */
export async function checkRevocation(
  certificate: pkijs.Certificate,
  issuer: pkijs.Certificate,
  at: Date,
  sources: { source: RevocationSource; data: RevocationData }[],
): Promise<RevocationResult> {
  let best: RevocationResult = { status: 'UNKNOWN' };
  for (const { source, data } of sources) {
    for (const basic of data.ocsps) {
      const result = await ocspStatus(basic, certificate, issuer, at);
      if (result?.status === 'REVOKED') return { ...result, source };
      if (result && best.status === 'UNKNOWN') best = { ...result, source };
    }
    for (const crl of data.crls) {
      const result = await crlStatus(crl, certificate, issuer, at);
      if (result?.status === 'REVOKED') return { ...result, source };
      if (result && (best.status === 'UNKNOWN' || (!best.revokedAt && result.revokedAt))) best = { ...result, source };
    }
  }
  return best;
}

/** CRL distribution point URLs (http only) of a certificate. */
export function crlUrls(certificate: pkijs.Certificate): string[] {
  const extension = certificate.extensions?.find((e) => e.extnID === '2.5.29.31');
  const parsed = extension?.parsedValue as pkijs.CRLDistributionPoints | undefined;
  const urls: string[] = [];
  for (const point of parsed?.distributionPoints ?? []) {
    const names = Array.isArray(point.distributionPoint) ? point.distributionPoint : [];
    for (const name of names) if (name.type === 6 && /^https?:\/\//.test(String(name.value))) urls.push(String(name.value));
  }
  return urls;
}
