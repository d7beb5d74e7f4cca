// The settings form (/notifikasi/pengaturan): per kind, the checked channels (field kanal:<JENIS>),
// quiet hours, the digest and the person's own WhatsApp number.
import { z } from 'zod';
import { DAFTAR_JENIS, KANAL_LUAR, type JenisNotifikasi, type KanalLuar } from './jenis';
import { nomorWhatsappSchema } from './nomor-whatsapp';

const kanalList = z
  .union([z.enum(KANAL_LUAR), z.array(z.enum(KANAL_LUAR))], 'Pilihan saluran tidak dikenal.')
  .optional()
  .transform((v): KanalLuar[] => (v === undefined ? [] : Array.isArray(v) ? [...new Set(v)] : [v]));

const jam = z
  .string()
  .trim()
  .optional()
  .transform((v) => (v ? v : null))
  .refine((v) => v === null || /^(?:[01]?\d|2[0-3])$/.test(v), 'Pilih jam 0 sampai 23.')
  .transform((v) => (v === null ? null : Number(v)));

export const preferensiSchema = z
  .object({
    ...(Object.fromEntries(DAFTAR_JENIS.map((j) => [`kanal:${j}`, kanalList])) as Record<`kanal:${JenisNotifikasi}`, typeof kanalList>),
    jamTenangMulai: jam,
    jamTenangSelesai: jam,
    ringkasanHarian: z.literal('on').optional().transform((v) => v === 'on'),
    nomorWhatsapp: nomorWhatsappSchema,
  })
  .refine((v) => (v.jamTenangMulai === null) === (v.jamTenangSelesai === null), { message: 'Isi jam mulai dan jam selesai, atau kosongkan keduanya.', path: ['jamTenangSelesai'] })
  .transform((v) => ({
    kanal: Object.fromEntries(DAFTAR_JENIS.map((j) => [j, v[`kanal:${j}`]])) as Record<JenisNotifikasi, KanalLuar[]>,
    jamTenangMulai: v.jamTenangMulai,
    jamTenangSelesai: v.jamTenangSelesai,
    ringkasanHarian: v.ringkasanHarian,
    nomorWhatsapp: v.nomorWhatsapp,
  }));

export type PreferensiInput = z.infer<typeof preferensiSchema>;
