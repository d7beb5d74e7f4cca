// The signer contract. The signing service (lib/services/naskah/sign-naskah.ts) owns state,
// numbering, storage and audit; a backend only turns an unsigned PDF into a signed one.
// Backends: 'mock-ca' (development and tests, PAdES B-LTA made locally) and 'bsre'
// (BSSN esign-client-service over HTTP; its B-T output is extended to B-LTA by the adapter).

/** Certificate status as BSrE reports it; only ISSUE may sign. */
export const SIGNER_STATUSES = [
  'ISSUE',
  'EXPIRED',
  'RENEW',
  'WAITING_FOR_VERIFICATION',
  'NEW',
  'NO_CERTIFICATE',
  'NOT_REGISTERED',
  'SUSPEND',
  'REVOKE',
] as const;
export type SignerStatus = (typeof SIGNER_STATUSES)[number];

/** Where the visible signature goes, in PDF points from the bottom-left of the page. */
export interface SignatureAppearance {
  /** 1-based page number, as BSrE counts pages. */
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** PNG shown in the box (for example the QR code that links to the verification page). */
  imagePng?: Uint8Array;
}

export interface SignPdfInput {
  pdf: Uint8Array;
  /** NIK of the signer (16 digits): BSrE identifies certificates by NIK. */
  nik: string;
  /** Never stored, never logged. */
  passphrase: string;
  appearance?: SignatureAppearance;
  reason?: string;
  location?: string;
}

export interface SignPdfResult {
  pdf: Uint8Array;
  signedAt: Date;
  /** Backend's own document id, when it has one (BSrE's id_dokumen). */
  backendDocumentId?: string;
  /**
   * The certificate the backend signed with, DER, when its status API cannot tell its expiry
   * (BSrE): kept per pegawai for the expiry warning and the fail-early check.
   */
  signerCertificate?: Uint8Array;
}

/** What the signer types to sign: the certificate passphrase, or a one-time code sent to them (BSrE v2 TOTP). */
export type CredentialKind = 'passphrase' | 'totp';

export interface PdfSigner {
  readonly backend: 'mock-ca' | 'bsre';
  /** Absent means 'passphrase'. With 'totp' the "passphrase" handed to signPdf is the code. */
  readonly credentialKind?: CredentialKind;
  /** Asks the backend to send the signer a one-time code good for `documents` documents (credentialKind 'totp'). */
  requestTotp?(nik: string, documents: number): Promise<void>;
  checkStatus(nik: string): Promise<SignerStatus>;
  signPdf(input: SignPdfInput): Promise<SignPdfResult>;
  /** Several documents with one passphrase entry (BSrE v2 bulk); results in input order. */
  signPdfBatch(
    inputs: Omit<SignPdfInput, 'nik' | 'passphrase'>[],
    credentials: { nik: string; passphrase: string },
  ): Promise<SignPdfResult[]>;
  /**
   * The signed document of an earlier request whose answer was lost, by the backend's id (BSrE v1
   * `GET /api/sign/download/{id}`, which answers once). Absent where the backend keeps no ids.
   */
  fetchSigned?(backendDocumentId: string): Promise<SignPdfResult>;
}

export const SIGNING_ERROR_CODES = [
  'WRONG_PASSPHRASE',
  'WRONG_TOTP',
  'NOT_REGISTERED',
  'NO_CERTIFICATE',
  'CERT_EXPIRED',
  'CERT_REVOKED',
  'CERT_SUSPENDED',
  'CERT_NOT_ACTIVE',
  'PDF_REJECTED',
  'UNAVAILABLE',
  'TIMEOUT',
  'UNKNOWN',
] as const;
export type SigningErrorCode = (typeof SIGNING_ERROR_CODES)[number];

/** Indonesian messages shown to the signer; one per code so every backend says the same thing. */
export const SIGNING_ERROR_MESSAGES: Record<SigningErrorCode, string> = {
  WRONG_PASSPHRASE: 'Passphrase salah. Periksa kembali passphrase sertifikat elektronik Anda.',
  WRONG_TOTP: 'Kode TOTP salah atau sudah kedaluwarsa. Minta kode baru lalu coba lagi.',
  NOT_REGISTERED: 'NIK Anda belum terdaftar sebagai pemilik sertifikat elektronik di BSrE.',
  NO_CERTIFICATE: 'Anda belum memiliki sertifikat elektronik. Hubungi admin untuk pendaftaran.',
  CERT_EXPIRED: 'Sertifikat elektronik Anda sudah kedaluwarsa. Ajukan pembaruan sertifikat.',
  CERT_REVOKED: 'Sertifikat elektronik Anda telah dicabut dan tidak dapat dipakai menandatangani.',
  CERT_SUSPENDED: 'Sertifikat elektronik Anda sedang dibekukan. Hubungi admin atau BSrE.',
  CERT_NOT_ACTIVE: 'Sertifikat elektronik Anda belum aktif (masih dalam proses pendaftaran/verifikasi).',
  PDF_REJECTED: 'Dokumen PDF ditolak oleh layanan tanda tangan. Coba buat ulang dokumen.',
  UNAVAILABLE: 'Layanan tanda tangan elektronik tidak dapat dihubungi. Coba lagi beberapa saat lagi.',
  TIMEOUT: 'Layanan tanda tangan elektronik tidak menjawab tepat waktu. Coba lagi.',
  UNKNOWN: 'Penandatanganan gagal karena kesalahan yang tidak dikenal. Coba lagi atau hubungi admin.',
};

export class SigningError extends Error {
  readonly code: SigningErrorCode;
  /** Whether trying again with the same input may succeed (service down, time-out). */
  readonly retryable: boolean;
  /**
   * For a time-out after documents were sent: the backend's id of each document it accepted, by
   * input index (BSrE v1 sends `id_dokumen` with the answer's headers), so the outcome can be
   * reconciled without signing again.
   */
  backendDocumentIds: Record<number, string> = {};
  constructor(code: SigningErrorCode, detail?: string) {
    super(detail ? `${SIGNING_ERROR_MESSAGES[code]} (${detail})` : SIGNING_ERROR_MESSAGES[code]);
    this.name = 'SigningError';
    this.code = code;
    this.retryable = code === 'UNAVAILABLE' || code === 'TIMEOUT';
  }
  get userMessage(): string {
    return SIGNING_ERROR_MESSAGES[this.code];
  }
}
