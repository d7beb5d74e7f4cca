import 'server-only';
import { createHash } from 'node:crypto';
import { DomainError } from '@/lib/domain/errors';
import type { VerifyOptions } from '@/lib/signing/verify';
import { unsafeFindIssuedNaskahByKode, unsafeFindIssuedNaskahBySha256 } from './issued-naskah';
import { verifyInWorker } from './verify-in-worker';
import { forPublic, MAX_PDF_BYTES, type HasilVerifikasi } from './result';

/**
 * Anyone may check a PDF: its signatures, and whether it is byte for byte a naskah this system
 * issued (any naskah, or the one behind a given QR code). Public by design, so no actor; the answer
 * reveals only what the document holds plus the public details of the naskah it is compared with.
 */
export async function verifyUploadedPdf({ pdf, kode, sha256: known }: { pdf: Uint8Array; kode?: string; sha256?: string }, options?: VerifyOptions): Promise<HasilVerifikasi> {
  if (pdf.length === 0) throw new DomainError('Berkas kosong. Pilih berkas PDF yang akan diperiksa.');
  if (pdf.length > MAX_PDF_BYTES) throw new DomainError('Berkas terlalu besar (maksimal 20 MB).');
  if (!Buffer.from(pdf.subarray(0, 1024)).toString('latin1').includes('%PDF-')) throw new DomainError('Berkas bukan PDF.');
  // An upload read by the worker pool arrives hashed there, off the event loop.
  const sha256 = known ?? createHash('sha256').update(pdf).digest('hex');
  const lookup = kode ? unsafeFindIssuedNaskahByKode(kode) : unsafeFindIssuedNaskahBySha256(sha256);
  const [verification, issued] = await Promise.all([verifyInWorker(pdf, options), lookup]);
  return {
    verification: forPublic(verification),
    sha256,
    naskah: issued?.naskah ?? null,
    samaDenganArsip: issued ? issued.naskah.sha256 === sha256 : null,
  };
}
