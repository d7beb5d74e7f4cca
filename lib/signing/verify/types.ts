// What verifying a PDF's signatures reports, per signature and overall.
import type { LaterChanges } from './pdf-signatures';

export type SignatureStatus = 'VALID' | 'INDETERMINATE' | 'INVALID';
export type PadesLevel = 'B-B' | 'B-T' | 'B-LT' | 'B-LTA';

export interface SignatureVerification {
  /** 1-based, in file order. */
  index: number;
  kind: 'SIGNATURE' | 'DOC_TIMESTAMP';
  subFilter: string;
  signerName: string | null;
  /** The certificate subject's serialNumber: the NIK for BSrE certificates. */
  signerNik: string | null;
  issuerName: string | null;
  certificateSerial: string | null;
  /** /M of the signature dictionary (claimed by the signer). */
  claimedSigningTime: Date | null;
  /** genTime of a valid signature time-stamp (or of the document time-stamp itself). */
  timeStampTime: Date | null;
  reason: string | null;
  location: string | null;
  integrity: { valid: boolean; digestMatches: boolean; signatureValid: boolean; byteRangeSound: boolean };
  changes: LaterChanges;
  trusted: boolean;
  timeStamp: { present: boolean; valid: boolean; trusted: boolean } | null;
  revocation: { status: 'GOOD' | 'REVOKED' | 'UNKNOWN'; revokedAt: Date | null; source: string | null };
  /** PAdES baseline level reached, or null (not PAdES: adbe.pkcs7.detached, or unreadable). */
  level: PadesLevel | null;
  status: SignatureStatus;
  /** Why the status is not VALID (or notes), in Bahasa Indonesia. */
  reasons: string[];
}

export type VerificationConclusion = 'VALID' | 'INDETERMINATE' | 'INVALID' | 'NO_SIGNATURE';

export interface PdfVerification {
  conclusion: VerificationConclusion;
  /** One sentence in Bahasa Indonesia. */
  summary: string;
  signatures: SignatureVerification[];
}
