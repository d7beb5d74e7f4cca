// The fields of a pegawai as an admin types them (form) or imports them (CSV): one zod schema.
import { z } from 'zod';
import { singleLine } from '@/lib/domain/input/fields';
import { nomorWhatsappSchema } from '@/lib/domain/notifikasi/nomor-whatsapp';
import { GOLONGAN_CODES } from './golongan';
import { checkNip, isValidNik, normalizeNip } from './nip';

const optionalText = (max: number) =>
  singleLine(max)
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null);

export const nipSchema = z
  .string()
  .transform(normalizeNip)
  .superRefine((nip, ctx) => {
    const check = checkNip(nip);
    if (!check.ok) ctx.addIssue({ code: 'custom', message: check.message });
  });

export const nikSchema = z.string().trim().refine(isValidNik, 'NIK harus 16 angka dan tidak diawali 0.');

export const golonganSchema = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional()
  .transform((v) => v ?? null)
  .refine((v) => v === null || (GOLONGAN_CODES as readonly string[]).includes(v), `Golongan harus salah satu dari ${GOLONGAN_CODES[0]} s.d. IV/e.`);

export const pegawaiFieldsSchema = z.object({
  nama: singleLine(150, 'Nama paling panjang 150 karakter.').min(2, 'Nama wajib diisi.'),
  gelarDepan: optionalText(30),
  gelarBelakang: optionalText(60),
  nip: nipSchema,
  nik: nikSchema,
  golongan: golonganSchema,
  email: z
    .string()
    .trim()
    .toLowerCase()
    .transform((v) => (v === '' ? null : v))
    .nullable()
    .optional()
    .transform((v) => v ?? null)
    .refine((v) => v === null || z.email().safeParse(v).success, 'Alamat e-mail tidak valid.'),
  // Absent (CSV import, older callers) leaves the stored number as it is; empty clears it.
  nomorWhatsapp: nomorWhatsappSchema.optional(),
});

export type PegawaiFields = z.infer<typeof pegawaiFieldsSchema>;
