// What a failed signature tells the signer: the Indonesian reason, plus the signer's code so a batch
// can stop at a wrong passphrase instead of locking the BSrE account with a hundred attempts.
import { DomainError } from '@/lib/domain/errors';
import type { SigningErrorCode } from '@/lib/signing/types';

export class SignNaskahError extends DomainError {
  constructor(
    message: string,
    readonly code: SigningErrorCode | 'RENDER' | 'BUSY' | 'INTERNAL',
  ) {
    super(message);
    this.name = 'SignNaskahError';
  }

  /** Retrying the next document with the same passphrase and certificate would fail the same way. */
  get stopsBatch(): boolean {
    return ['WRONG_PASSPHRASE', 'NOT_REGISTERED', 'NO_CERTIFICATE', 'CERT_EXPIRED', 'CERT_REVOKED', 'CERT_SUSPENDED', 'CERT_NOT_ACTIVE'].includes(this.code);
  }
}

/** Shown when the numbering queue of the OPD is busy for longer than the lock timeout. */
export const ANTREAN_PENOMORAN_PENUH = 'Antrean penomoran OPD sedang padat. Naskah belum ditandatangani dan nomor tidak terpakai; coba lagi sebentar lagi.';
export const GAGAL_SISTEM = 'Penandatanganan gagal karena kesalahan sistem. Naskah belum ditandatangani dan nomor tidak terpakai; coba lagi atau hubungi admin.';
