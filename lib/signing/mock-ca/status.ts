// What a stored certificate's status means for signing: pure, so the rule is tested on its own.
import { SigningError, type SignerStatus } from '../types';

export interface StoredCertificateState {
  status: 'ISSUE' | 'SUSPEND' | 'REVOKE' | 'EXPIRED';
  notBefore: Date;
  notAfter: Date;
}

/** The status BSrE would report: NOT_REGISTERED without a certificate; ISSUE past notAfter is EXPIRED. */
export function effectiveStatus(certificate: StoredCertificateState | null, now: Date): SignerStatus {
  if (!certificate) return 'NOT_REGISTERED';
  if (certificate.status === 'ISSUE' && certificate.notAfter.getTime() < now.getTime()) return 'EXPIRED';
  if (certificate.status === 'ISSUE' && certificate.notBefore.getTime() > now.getTime()) return 'NEW';
  return certificate.status;
}

const REFUSALS: Partial<Record<SignerStatus, SigningError['code']>> = {
  NOT_REGISTERED: 'NOT_REGISTERED',
  NO_CERTIFICATE: 'NO_CERTIFICATE',
  EXPIRED: 'CERT_EXPIRED',
  REVOKE: 'CERT_REVOKED',
  SUSPEND: 'CERT_SUSPENDED',
  NEW: 'CERT_NOT_ACTIVE',
  RENEW: 'CERT_NOT_ACTIVE',
  WAITING_FOR_VERIFICATION: 'CERT_NOT_ACTIVE',
};

/** Throws the SigningError a signer sees when the status does not allow signing. */
export function assertMaySign(status: SignerStatus): void {
  const code = REFUSALS[status];
  if (code) throw new SigningError(code);
}
