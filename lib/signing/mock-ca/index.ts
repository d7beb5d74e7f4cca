// The mock CA's public surface for the rest of the app (signing service, BSrE mock, verification).
import { loadCa } from './ca-store';

export { MockCaSigner, localKeyProvider } from './mock-ca-signer';
export { ensureCertificate, getCertificateStatus, revokeCertificate, setCertificateSuspended, unlockSigningKey } from './certificates';
export type { CertificateHolder, UnlockedSigningKey } from './certificates';
export { buildCrl } from './crl';
export { ocspResponseForSerial, respondToOcspRequest } from './ocsp';
export { createTimeStampToken, respondToTimeStampRequest } from './tsa';
export { mockCaLtv } from './ltv';

/** The mock CA's certificates for a verifier: trust the root; the others complete chains. */
export async function mockCaCertificates(caDir?: string): Promise<{ root: { pem: string; der: Uint8Array }; issuing: { pem: string; der: Uint8Array }; tsa: { pem: string; der: Uint8Array } }> {
  const ca = await loadCa(caDir);
  const entry = (e: typeof ca.root) => ({ pem: `${e.certificate.toString('pem')}\n`, der: e.der });
  return { root: entry(ca.root), issuing: entry(ca.issuing), tsa: entry(ca.tsa) };
}
