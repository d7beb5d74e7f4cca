import { z } from 'zod';

export const PASSPHRASE_KOSONG = 'Masukkan passphrase TTE Anda.';

/** The signing form: which naskah, and the certificate's passphrase (never stored, never logged). */
const passphrase = z.string({ error: PASSPHRASE_KOSONG }).min(1, PASSPHRASE_KOSONG).max(200, 'Passphrase terlalu panjang.');

export const signNaskahFormSchema = z.object({
  naskahId: z.uuid('Naskah tidak dikenal.'),
  passphrase,
  /** The confirmed retry of a "belum pasti" naskah (a checkbox). */
  ulangiBelumPasti: z.literal('on').optional(),
});

/** The batch form: the chosen naskah (one checkbox each) and one passphrase for all. */
export const batchSignFormSchema = z.object({
  naskahIds: z.preprocess((v) => (Array.isArray(v) ? v : v === undefined ? [] : [v]), z.array(z.uuid('Naskah tidak dikenal.')).min(1, 'Pilih paling sedikit satu naskah.').max(100, 'Paling banyak 100 naskah sekali tanda tangan.')),
  passphrase,
});

/** Checking a "belum pasti" naskah at the signer backend: no passphrase. */
export const reconcileFormSchema = z.object({ naskahId: z.uuid('Naskah tidak dikenal.') });

/** Asking BSrE for a TOTP code: for how many documents (one form, or a batch). */
export const requestTotpFormSchema = z.object({ documents: z.coerce.number('Jumlah naskah tidak valid.').int('Jumlah naskah tidak valid.').min(1, 'Jumlah naskah tidak valid.').max(100, 'Paling banyak 100 naskah sekali tanda tangan.') });
