import 'server-only';
import { createHash } from 'node:crypto';
import { DomainError } from '@/lib/domain/errors';
import { defaultVerifyOptions, verifyPdf, type VerifyOptions } from '@/lib/signing/verify';
import { unsafeFindIssuedNaskahBySha256 } from './issued-naskah';
import { MAX_PDF_BYTES, type HasilVerifikasi } from './result';

/**
 * Anyone may check a PDF: its signatures, and whether it is byte for byte a naskah this system
 * issued. Public by design, so no actor; the answer only reveals what the document itself holds
 * plus the public details of a naskah whose exact file the visitor already has.
 */
export async function verifyUploadedPdf({ pdf }: { pdf: Uint8Array }, options?: VerifyOptions): Promise<HasilVerifikasi> {
  if (pdf.length === 0) throw new DomainError('Berkas kosong. Pilih berkas PDF yang akan diperiksa.');
  if (pdf.length > MAX_PDF_BYTES) throw new DomainError('Berkas terlalu besar (maksimal 20 MB).');
  if (Buffer.from(pdf.subarray(0, 1024)).toString('latin1').indexOf('%PDF-') < 0) throw new DomainError('Berkas bukan PDF.');
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const [verification, issued] = await Promise.all([verifyPdf(pdf, options ?? (await defaultVerifyOptions())), unsafeFindIssuedNaskahBySha256(sha256)]);
  return { verification, sha256, naskah: issued?.naskah ?? null, samaDenganArsip: issued ? true : null };
}
