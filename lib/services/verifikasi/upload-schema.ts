import { z } from 'zod';
import type { UntrustedFile } from '@/lib/untrusted/multipart-form';
import { MAX_PDF_BYTES } from './result';

const PICK_FILE = 'Pilih berkas PDF yang akan diperiksa.';

/**
 * The public upload, as the worker pool read it (lib/untrusted/read-request-form.ts): one PDF file
 * and, from a QR page, the code to compare it with.
 */
export const verifikasiUploadSchema = z.object({
  file: z
    .custom<UntrustedFile>((v) => typeof v === 'object' && v !== null && (v as UntrustedFile).bytes instanceof Uint8Array, { message: PICK_FILE })
    .refine((f) => f.bytes.length > 0, 'Berkas kosong. Pilih berkas PDF yang akan diperiksa.')
    .refine((f) => f.bytes.length <= MAX_PDF_BYTES, 'Berkas terlalu besar (maksimal 20 MB).'),
  kode: z
    .string()
    .regex(/^[A-Za-z0-9_-]{6,64}$/, 'Kode verifikasi tidak valid.')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});
