// Everything one verification may use to build and check certificate paths: the configured trusted
// roots, the certificates the document carries (CMS, time-stamp tokens, DSS), revocation data,
// and the certificate signatures already checked (shared by every verification in the thread).
import type * as pkijs from 'pkijs';
import { parseCrl, type RevocationData, type RevocationSource } from '../revocation';
import { verifiesUnder } from '../signature-value';
import { authorityKeyId, fingerprint, hasKeyId } from './certificate-facts';

export type CrlFetcher = (url: string) => Promise<Uint8Array | null>;

/**
 * Certificate signatures already checked in this thread, by the identities (signed bytes and
 * signature) of the certificate and of the one whose key checked it: a pure function of those
 * bytes, so the CA's and the TSA's certificates, which every naskah carries, are verified once.
 */
const checkedSignatures = new Map<string, Promise<boolean>>();
const MAX_CHECKED_SIGNATURES = 4096;

export class TrustStore {
  private readonly anchors = new Set<string>();
  private readonly certificates = new Map<string, pkijs.Certificate>();
  private readonly fetched = new Map<string, Promise<pkijs.CertificateRevocationList | null>>();

  constructor(
    readonly roots: pkijs.Certificate[],
    readonly revocationSources: { source: RevocationSource; data: RevocationData }[],
    private readonly fetchCrl?: CrlFetcher,
  ) {
    for (const root of roots) {
      this.anchors.add(fingerprint(root));
      this.add([root]);
    }
  }

  add(certificates: pkijs.Certificate[]): void {
    for (const certificate of certificates) this.certificates.set(fingerprint(certificate), certificate);
  }

  all(): pkijs.Certificate[] {
    return [...this.certificates.values()];
  }

  isAnchor(certificate: pkijs.Certificate): boolean {
    return this.anchors.has(fingerprint(certificate));
  }

  /**
   * Certificates that may have issued this one: those holding the key its authorityKeyIdentifier
   * names, or (without that extension) those with its issuer's name. A candidate proves nothing
   * until its key verifies the signature (signedBy).
   */
  issuerCandidates(certificate: pkijs.Certificate): pkijs.Certificate[] {
    const aki = authorityKeyId(certificate);
    return this.all().filter((c) => (aki ? hasKeyId(c, aki) : c.subject.isEqual(certificate.issuer)));
  }

  signedBy(child: pkijs.Certificate, issuer: pkijs.Certificate): Promise<boolean> {
    const key = `${fingerprint(child)}:${fingerprint(issuer)}`;
    let result = checkedSignatures.get(key);
    if (!result) {
      result = verifiesUnder(child.tbsView, child.signatureValue, child.signatureAlgorithm, issuer);
      if (checkedSignatures.size >= MAX_CHECKED_SIGNATURES) checkedSignatures.delete(checkedSignatures.keys().next().value!);
      checkedSignatures.set(key, result);
    }
    return result;
  }

  /** CRLs from the certificate's distribution points (only asked for certificates already on a trusted path). */
  async fetchCrls(urls: string[]): Promise<pkijs.CertificateRevocationList[]> {
    const fetchCrl = this.fetchCrl;
    if (!fetchCrl) return [];
    const crls = await Promise.all(
      urls.map((url) => {
        let crl = this.fetched.get(url);
        if (!crl) {
          crl = fetchCrl(url)
            .then((der) => (der ? parseCrl(der) : null))
            .catch(() => null);
          this.fetched.set(url, crl);
        }
        return crl;
      }),
    );
    return crls.filter((c): c is pkijs.CertificateRevocationList => c !== null);
  }
}
