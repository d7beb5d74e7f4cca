// What verifying a PDF's signatures reports, per signature and overall. The indication and
// sub-indication follow ETSI EN 319 102-1 (the model of EU DSS's reports); CHANGED_AFTER_SIGNING is
// this project's own: the signed bytes are intact but a later revision changes what a reader sees.
import type { LaterChanges } from './pdf-signatures';

export type SignatureStatus = 'VALID' | 'INDETERMINATE' | 'INVALID';
export type PadesLevel = 'B-B' | 'B-T' | 'B-LT' | 'B-LTA';

export type Indication = 'TOTAL_PASSED' | 'TOTAL_FAILED' | 'INDETERMINATE';

export const SUB_INDICATIONS = [
  'FORMAT_FAILURE',
  'HASH_FAILURE',
  'SIG_CRYPTO_FAILURE',
  'CHANGED_AFTER_SIGNING',
  'REVOKED',
  'EXPIRED',
  'NOT_YET_VALID',
  'NO_SIGNING_CERTIFICATE_FOUND',
  'NO_CERTIFICATE_CHAIN_FOUND',
  'CHAIN_CONSTRAINTS_FAILURE',
  'SIG_CONSTRAINTS_FAILURE',
  'OUT_OF_BOUNDS_NO_POE',
  'REVOKED_NO_POE',
  'REVOKED_CA_NO_POE',
  'TRY_LATER',
] as const;
export type SubIndication = (typeof SUB_INDICATIONS)[number];

/** Where the validation time came from: only a verified time-stamp proves a past time. */
export type TimeSource = 'SIGNATURE_TIMESTAMP' | 'DOCUMENT_TIMESTAMP' | 'CURRENT_TIME';

export interface CertificateReport {
  role: 'SIGNER' | 'TSA' | 'CA' | 'ROOT';
  /** CN, O, C...; the subject serialNumber (a NIK) is never part of it. */
  subject: string;
  issuer: string;
  serial: string;
  notBefore: Date;
  notAfter: Date;
  /** One of the configured trusted roots. */
  trustAnchor: boolean;
  revocation: {
    status: 'GOOD' | 'REVOKED' | 'UNKNOWN' | 'NOT_CHECKED';
    revokedAt: Date | null;
    source: 'DSS' | 'CMS' | 'CA' | null;
    method: 'CRL' | 'OCSP' | null;
  };
  /** What is wrong with this certificate on this path, in Bahasa Indonesia. */
  problems: string[];
}

export interface TimeStampReport {
  /** genTime as written in the token: a proven time only when `trusted`. */
  genTime: Date | null;
  trusted: boolean;
  tsaName: string | null;
  indication: Indication;
  subIndication: SubIndication | null;
  problems: string[];
  path: CertificateReport[];
}

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
  /** /M of the signature dictionary: what the signer claims, proven by nothing. */
  claimedSigningTime: Date | null;
  /** The time the certificates were checked at: a verified time-stamp's genTime, or the moment of checking. */
  validationTime: Date;
  timeSource: TimeSource;
  /** genTime of a verified, trusted signature time-stamp (or of the document time-stamp itself). */
  timeStampTime: Date | null;
  reason: string | null;
  location: string | null;
  integrity: { valid: boolean; digestMatches: boolean; signatureValid: boolean; byteRangeSound: boolean };
  changes: LaterChanges;
  /** The signer's certificate chains to a trusted root and passed every check on the path. */
  trusted: boolean;
  timeStamp: TimeStampReport | null;
  /** The signer certificate's revocation status at the validation time. */
  revocation: { status: 'GOOD' | 'REVOKED' | 'UNKNOWN'; revokedAt: Date | null; source: string | null };
  /** The certificate path from the signer (or TSA) to the trusted root; the signer alone when none was found. */
  path: CertificateReport[];
  /** PAdES baseline level reached, or null (not PAdES: adbe.pkcs7.detached, or not valid). */
  level: PadesLevel | null;
  indication: Indication;
  subIndication: SubIndication | null;
  status: SignatureStatus;
  /** Why the indication is not TOTAL_PASSED (and notes), in Bahasa Indonesia. */
  reasons: string[];
}

export type VerificationConclusion = 'VALID' | 'INDETERMINATE' | 'INVALID' | 'NO_SIGNATURE';

export interface PdfVerification {
  conclusion: VerificationConclusion;
  /** One sentence in Bahasa Indonesia. */
  summary: string;
  /** When the check ran. */
  checkedAt: Date;
  signatures: SignatureVerification[];
}
