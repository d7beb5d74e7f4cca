import { z } from 'zod';
import { checkNip, normalizeNip } from '@/lib/domain/pegawai/nip';

// NIP or e-mail. A string of digits is a NIP attempt, so a wrong length or an impossible date gets
// the specific NIP message instead of a vague "wrong password". NFKC first: full-width digits from
// a phone keyboard are the same NIP, and look-alike forms of one address (the Kelvin sign for "k")
// are the same account and count against the same rate limit.
export const signInSchema = z.object({
  identifier: z
    .string({ error: 'Isi NIP atau e-mail.' })
    .normalize('NFKC')
    .trim()
    .min(1, 'Isi NIP atau e-mail.')
    .max(254, 'NIP atau e-mail terlalu panjang.')
    .superRefine((value, ctx) => {
      if (/^[\d\s]+$/.test(value)) {
        const check = checkNip(normalizeNip(value));
        if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
      } else if (!z.email().safeParse(value).success) {
        ctx.addIssue({ code: 'custom', message: 'Tulis NIP (18 angka) atau alamat e-mail yang benar.' });
      }
    })
    .transform((value) => (/^[\d\s]+$/.test(value) ? normalizeNip(value) : value.toLowerCase())),
  password: z
    .string({ error: 'Isi kata sandi.' })
    .min(1, 'Isi kata sandi.')
    .max(200, 'Kata sandi terlalu panjang.'),
});

export type SignInInput = z.infer<typeof signInSchema>;
