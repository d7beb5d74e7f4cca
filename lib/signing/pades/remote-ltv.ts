// Validation data for a signature made elsewhere (BSrE returns B-T): the signer's and the signature
// time-stamp authority's paths are built from the certificates in the CMS (and their AIA "CA
// issuers" when one is missing), then every certificate below a root gets its CRLs (distribution
// points) and, where it names a responder, an OCSP response. Incomplete data is an error: a DSS that
// cannot validate offline is not B-LT.
import 'reflect-metadata';
import { webcrypto } from 'node:crypto';
import * as x509 from '@peculiar/x509';
import * as asn1js from 'asn1js';
import * as pkijs from 'pkijs';
import { sha256, toArrayBuffer, toBytes } from '../pki/der';
import { OID } from '../pki/oids';
import { fetchCrl, fetchIssuerCertificates, fetchOcsp, RemotePkiError, requestTimeStamp, type RemotePkiOptions } from '../pki/remote-pki';
import type { ValidationData } from './dss';
import type { LongTermValidationSource } from './signature-provider';

x509.cryptoProvider.set(webcrypto as unknown as Crypto);

/** A chain longer than this is not a PKI a signer uses (and stops a loop of cross-certificates). */
const MAX_PATH = 6;

export interface RemoteLtvOptions extends RemotePkiOptions {
  /** RFC 3161 TSA for the document time-stamp; without it the source cannot time-stamp. */
  tsaUrl?: string;
}

export function remoteLtv(options: RemoteLtvOptions): LongTermValidationSource {
  return {
    timestamp: (imprint) => {
      if (!options.tsaUrl) throw new RemotePkiError('tidak ada TSA untuk stempel waktu dokumen');
      return requestTimeStamp(options.tsaUrl, imprint, options);
    },
    validationData: (cms) => collectValidationData(cms, options),
  };
}

interface Cms {
  certificates: Uint8Array[];
  signerSid: pkijs.IssuerAndSerialNumber | null;
}

function readCms(der: Uint8Array): Cms {
  const content = pkijs.ContentInfo.fromBER(toArrayBuffer(der)).content as asn1js.Sequence;
  const signedData = new pkijs.SignedData({ schema: content });
  // The certificates exactly as embedded ([0] IMPLICIT CertificateSet), not re-encoded.
  const set = content.valueBlock.value.find((v) => v.idBlock.tagClass === 3 && v.idBlock.tagNumber === 0) as asn1js.Constructed | undefined;
  const certificates = (set?.valueBlock.value ?? []).filter((v) => v.idBlock.tagClass === 1 && v.idBlock.tagNumber === 16).map((v) => toBytes(v.valueBeforeDecodeView));
  const sid = signedData.signerInfos[0]?.sid;
  return { certificates, signerSid: sid instanceof pkijs.IssuerAndSerialNumber ? sid : null };
}

function findBySid(certificates: Uint8Array[], sid: pkijs.IssuerAndSerialNumber | null): Uint8Array | undefined {
  if (!sid) return undefined;
  return certificates.find((der) => {
    const cert = pkijs.Certificate.fromBER(toArrayBuffer(der));
    return cert.issuer.isEqual(sid.issuer) && cert.serialNumber.isEqual(sid.serialNumber);
  });
}

/** The signer's certificate (found by the SignerInfo's sid among the embedded ones), DER as embedded. */
export function signerCertificateOf(cmsDer: Uint8Array): Uint8Array {
  const cms = readCms(cmsDer);
  const signer = findBySid(cms.certificates, cms.signerSid);
  if (!signer) throw new RemotePkiError('sertifikat penanda tangan tidak ada di dalam CMS');
  return signer;
}

const urls = (names: x509.GeneralName[] | undefined) => (names ?? []).filter((n) => n.type === 'url').map((n) => n.value);

function crlUrls(certificate: x509.X509Certificate): string[] {
  const cdp = certificate.getExtension(x509.CRLDistributionPointsExtension);
  return (cdp?.distributionPoints ?? []).flatMap((dp) => (dp.distributionPoint?.fullName ?? []).flatMap((n) => (n.uniformResourceIdentifier ? [n.uniformResourceIdentifier] : [])));
}

/** The path from certificate up to a self-signed root, each issuer found by name and checked by signature. */
async function buildPath(leaf: Uint8Array, pool: Uint8Array[], options: RemotePkiOptions): Promise<x509.X509Certificate[]> {
  const path = [new x509.X509Certificate(toArrayBuffer(leaf))];
  while (path.length <= MAX_PATH) {
    const current = path.at(-1)!;
    if (current.subject === current.issuer && (await current.verify({ signatureOnly: true }))) return path;
    let issuer = await issuerIn(current, pool);
    if (!issuer) {
      const aia = current.getExtension(x509.AuthorityInfoAccessExtension);
      for (const url of urls(aia?.caIssuers)) {
        const fetched = await fetchIssuerCertificates(url, options).catch(() => []);
        pool.push(...fetched);
        issuer = await issuerIn(current, fetched);
        if (issuer) break;
      }
    }
    if (!issuer) throw new RemotePkiError(`penerbit sertifikat "${current.subject}" tidak ditemukan`);
    path.push(issuer);
  }
  throw new RemotePkiError('rantai sertifikat terlalu panjang');
}

async function issuerIn(certificate: x509.X509Certificate, pool: Uint8Array[]): Promise<x509.X509Certificate | undefined> {
  for (const der of pool) {
    const candidate = new x509.X509Certificate(toArrayBuffer(der));
    if (candidate.subject !== certificate.issuer || fingerprint(candidate) === fingerprint(certificate)) continue;
    if (await certificate.verify({ publicKey: candidate.publicKey, signatureOnly: true })) return candidate;
  }
  return undefined;
}

export async function collectValidationData(cmsDer: Uint8Array, options: RemotePkiOptions = {}): Promise<ValidationData> {
  const cms = readCms(cmsDer);
  const signer = signerCertificateOf(cmsDer);
  const pool = [...cms.certificates];
  const leaves = [signer];
  const token = signatureTimeStampToken(cmsDer);
  if (token) {
    const tsa = readCms(token);
    pool.push(...tsa.certificates);
    const tsaCertificate = findBySid(tsa.certificates, tsa.signerSid);
    if (!tsaCertificate) throw new RemotePkiError('sertifikat TSA tidak ada di dalam token stempel waktu');
    leaves.push(tsaCertificate);
  }

  const certificates = new Map<string, x509.X509Certificate>();
  const issuers = new Map<string, x509.X509Certificate>();
  for (const leaf of leaves) {
    const path = await buildPath(leaf, pool, options);
    path.forEach((certificate, i) => {
      const key = fingerprint(certificate);
      certificates.set(key, certificate);
      if (path[i + 1] && path[i + 1] !== certificate) issuers.set(key, path[i + 1]);
    });
  }

  const crls = new Map<string, Uint8Array>();
  const ocsps: Uint8Array[] = [];
  for (const [key, certificate] of certificates) {
    const issuer = issuers.get(key);
    if (!issuer) continue; // a root: trusted as it is, nothing revokes it
    let covered = false;
    for (const url of crlUrls(certificate)) {
      if (!crls.has(url)) {
        const crl = await fetchCrl(url, options).catch(() => null);
        if (crl) crls.set(url, crl);
      }
      covered ||= crls.has(url);
    }
    for (const url of urls(certificate.getExtension(x509.AuthorityInfoAccessExtension)?.ocsp)) {
      const response = await fetchOcsp(url, new Uint8Array(certificate.rawData), new Uint8Array(issuer.rawData), options).catch(() => null);
      if (response) {
        ocsps.push(response);
        covered = true;
        break;
      }
    }
    if (!covered) throw new RemotePkiError(`tidak ada data pencabutan (CRL/OCSP) untuk "${certificate.subject}"`);
  }
  return { certificates: [...certificates.values()].map((c) => new Uint8Array(c.rawData)), crls: [...crls.values()], ocsps };
}

const fingerprint = (certificate: x509.X509Certificate) => Buffer.from(sha256(new Uint8Array(certificate.rawData))).toString('hex');

/** The signature-time-stamp token (unsigned attribute) of the CMS's first SignerInfo, DER. */
function signatureTimeStampToken(cmsDer: Uint8Array): Uint8Array | null {
  const signedData = new pkijs.SignedData({ schema: pkijs.ContentInfo.fromBER(toArrayBuffer(cmsDer)).content });
  const attribute = signedData.signerInfos[0]?.unsignedAttrs?.attributes.find((a) => a.type === OID.signatureTimeStampToken);
  return attribute ? toBytes(attribute.values[0].valueBeforeDecodeView) : null;
}
