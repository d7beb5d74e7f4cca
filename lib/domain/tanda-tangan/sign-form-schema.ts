import { z } from 'zod';

/** The signing form: which naskah, and the certificate's passphrase (never stored, never logged). */
export const signNaskahFormSchema = z.object({
  naskahId: z.uuid('Naskah tidak dikenal.'),
  passphrase: z.string({ error: 'Isi passphrase.' }).min(1, 'Isi passphrase.').max(200, 'Passphrase terlalu panjang.'),
});
