// What a stored certificate's status means for signing: pure, so the rule is tested on its own.
import type { SignerStatus } from '../types';

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

/** What a status means for signing: the one table, shared with the BSrE adapter. */
export { assertMaySign } from '../bsre/status';
