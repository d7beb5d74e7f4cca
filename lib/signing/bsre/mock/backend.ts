// What stands behind the mock BSrE's HTTP surface (injected, so the HTTP layer knows nothing of keys
// or certificates): the certificate status by NIK and a signing function that rejects the way BSrE does.
import type { SignerStatus } from '../../types';

export interface MockAppearance {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  imagePng?: Uint8Array;
}

export interface MockSignRequest {
  pdf: Uint8Array;
  nik: string;
  passphrase: string;
  appearance: MockAppearance | null;
  reason?: string;
  location?: string;
}

export type MockRejection = 'WRONG_PASSPHRASE' | 'NOT_REGISTERED' | 'NOT_ACTIVE' | 'INVALID_PDF';

export class MockBsreRejection extends Error {
  constructor(
    readonly reason: MockRejection,
    readonly detail = '',
  ) {
    super(`${reason}${detail ? `: ${detail}` : ''}`);
    this.name = 'MockBsreRejection';
  }
}

export interface MockBsreBackend {
  status(nik: string): Promise<SignerStatus>;
  /** The signed PDF, or a MockBsreRejection. */
  sign(request: MockSignRequest): Promise<Uint8Array>;
  /** How long the answer's body lags its headers for this NIK (an answer lost half-way), ms. */
  bodyDelayMs?(nik: string): number;
}

/** A PDF header at the start and an end-of-file marker at the end, as iText first checks. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  return head.includes('%PDF-') && tail.includes('%%EOF');
}
