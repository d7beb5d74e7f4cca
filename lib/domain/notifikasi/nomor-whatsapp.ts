// A WhatsApp number as people write it (0812-3456-7890, +62 812 3456 7890) kept one way: 62 and
// digits, which is what WhatsApp gateways expect.
import { z } from 'zod';

export function normalizeNomorWhatsapp(input: string): string | null {
  const digits = input.replace(/[\s().-]/g, '').replace(/^\+/, '');
  if (!/^\d+$/.test(digits)) return null;
  const intl = digits.startsWith('0') ? `62${digits.slice(1)}` : digits;
  return /^628\d{7,12}$/.test(intl) ? intl : null;
}

export const PESAN_NOMOR_WHATSAPP = 'Nomor WhatsApp tidak valid: tulis seperti 0812 3456 7890 atau +62 812 3456 7890.';

/** Optional: empty means none. */
export const nomorWhatsappSchema = z
  .string()
  .trim()
  .max(30, PESAN_NOMOR_WHATSAPP)
  .nullable()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const nomor = normalizeNomorWhatsapp(v);
    if (!nomor) {
      ctx.addIssue({ code: 'custom', message: PESAN_NOMOR_WHATSAPP });
      return z.NEVER;
    }
    return nomor;
  });
