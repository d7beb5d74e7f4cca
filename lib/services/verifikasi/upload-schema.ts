import { z } from 'zod';
import { MAX_PDF_BYTES } from './result';

/** The public upload: one PDF file and, from a QR page, the code to compare it with. */
export const verifikasiUploadSchema = z.object({
  file: z
    .instanceof(File, { message: 'Pilih berkas PDF yang akan diperiksa.' })
    .refine((f) => f.size > 0, 'Berkas kosong. Pilih berkas PDF yang akan diperiksa.')
    .refine((f) => f.size <= MAX_PDF_BYTES, 'Berkas terlalu besar (maksimal 20 MB).'),
  kode: z
    .string()
    .regex(/^[A-Za-z0-9_-]{6,64}$/, 'Kode verifikasi tidak valid.')
    .optional()
    .or(z.literal('').transform(() => undefined)),
});
