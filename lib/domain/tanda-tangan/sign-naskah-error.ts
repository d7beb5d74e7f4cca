// What a failed signature tells the signer: the Indonesian reason, plus the signer's code so a batch
// can stop at a wrong passphrase instead of locking the BSrE account with a hundred attempts.
import { DomainError } from '@/lib/domain/errors';
import type { SigningErrorCode } from '@/lib/signing/types';

/** BELUM_PASTI: the signer timed out after the document was sent, so it may have been signed. */
export type SignNaskahErrorCode = SigningErrorCode | 'RENDER' | 'BUSY' | 'INTERNAL' | 'BELUM_PASTI';

/** Failures of the passphrase or the certificate: the next document would fail the same way. */
const STOPS_BATCH: readonly SignNaskahErrorCode[] = ['WRONG_PASSPHRASE', 'WRONG_TOTP', 'NOT_REGISTERED', 'NO_CERTIFICATE', 'CERT_EXPIRED', 'CERT_REVOKED', 'CERT_SUSPENDED', 'CERT_NOT_ACTIVE'];

export class SignNaskahError extends DomainError {
  constructor(
    message: string,
    readonly code: SignNaskahErrorCode,
  ) {
    // Reported on the passphrase field, so a form (and a batch running in the browser) knows to
    // ask for the passphrase again rather than retry.
    super(message, STOPS_BATCH.includes(code) ? { passphrase: [message] } : undefined);
    this.name = 'SignNaskahError';
  }

  get stopsBatch(): boolean {
    return STOPS_BATCH.includes(this.code);
  }
}

/** Shown when the numbering queue of the OPD is busy for longer than the lock timeout. */
export const ANTREAN_PENOMORAN_PENUH = 'Antrean penomoran OPD sedang padat. Naskah belum ditandatangani dan nomor tidak terpakai; coba lagi sebentar lagi.';
export const GAGAL_SISTEM = 'Penandatanganan gagal karena kesalahan sistem. Naskah belum ditandatangani dan nomor tidak terpakai; coba lagi atau hubungi admin.';

export const HANYA_PENANDATANGAN = 'Hanya penandatangan naskah ini yang dapat menandatanganinya.';

/** What the signer reads when the outcome is unknown: nothing is re-signed behind their back. */
export function statusBelumPastiMessage(nomor: string, bisaDiperiksa = false): string {
  const awal =
    `Status belum pasti: layanan tanda tangan elektronik tidak menjawab tepat waktu setelah naskah dikirim, jadi naskah ini mungkin sudah ditandatangani. ` +
    `Nomor ${nomor} disimpan untuk naskah ini dan tidak dipakai naskah lain. Sistem tidak menandatangani ulang secara otomatis. `;
  return bisaDiperiksa
    ? `${awal}BSrE sudah menerima naskah ini: pilih "Periksa hasil di BSrE" untuk mengambil naskah yang sudah ditandatangani tanpa menandatangani ulang.`
    : `${awal}Periksa daftar dokumen Anda di BSrE; bila naskah ini belum ditandatangani di sana, pilih "Tandatangani ulang": naskah ditandatangani dengan nomor yang sama.`;
}

/** A reconciliation that could not get the document: the signer decides whether to sign again. */
export const BELUM_PASTI_TIDAK_TERKONFIRMASI =
  'BSrE tidak dapat memberikan naskah ini (sudah pernah diambil atau tidak dikenal), jadi hasilnya tidak dapat dipastikan otomatis. ' +
  'Periksa daftar dokumen Anda di BSrE; bila naskah ini belum ditandatangani di sana, centang pernyataan di bawah lalu pilih "Tandatangani ulang" (nomornya tetap sama).';

/** The signer backend could not be asked just now: nothing changed, the check can be repeated. */
export const BELUM_PASTI_COBA_PERIKSA_LAGI = 'BSrE belum dapat dihubungi untuk memeriksa naskah ini. Tidak ada yang berubah; coba periksa lagi beberapa saat lagi.';

/** Asked before a retry of a "belum pasti" naskah, so a second signature is a decision of the signer. */
export const KONFIRMASI_ULANG_DIPERLUKAN = 'Naskah ini berstatus belum pasti. Centang "Saya sudah memeriksa dan ingin menandatangani ulang dengan nomor yang sama" untuk melanjutkan.';
