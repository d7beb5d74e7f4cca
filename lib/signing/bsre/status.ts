// What each certificate status means for a signer, for every backend (BSrE reports these names and
// the mock CA derives them): only ISSUE may sign. The one certificate-status table.
import { SigningError, type SigningErrorCode, type SignerStatus } from '../types';

const STATUS_ERROR: Record<Exclude<SignerStatus, 'ISSUE'>, SigningErrorCode> = {
  EXPIRED: 'CERT_EXPIRED',
  REVOKE: 'CERT_REVOKED',
  SUSPEND: 'CERT_SUSPENDED',
  NOT_REGISTERED: 'NOT_REGISTERED',
  NO_CERTIFICATE: 'NO_CERTIFICATE',
  // Renewal, enrolment and verification in progress: a certificate exists or will, but not usable yet.
  RENEW: 'CERT_NOT_ACTIVE',
  NEW: 'CERT_NOT_ACTIVE',
  WAITING_FOR_VERIFICATION: 'CERT_NOT_ACTIVE',
};

/** The error to raise for a status that may not sign, or null for ISSUE. */
export function statusToSigningErrorCode(status: SignerStatus): SigningErrorCode | null {
  return status === 'ISSUE' ? null : STATUS_ERROR[status];
}

export function assertMaySign(status: SignerStatus): void {
  const code = statusToSigningErrorCode(status);
  if (code) throw new SigningError(code, `status sertifikat ${status}`);
}
