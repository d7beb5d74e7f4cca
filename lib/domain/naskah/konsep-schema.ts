// Inputs of the drafting services, validated before any service runs.
import { z } from 'zod';
import { multiLine, singleLine } from '@/lib/domain/input/fields';
import { periksaTercetak } from '@/lib/domain/input/karakter-tercetak';
import { JENIS_NASKAH_DIDUKUNG } from './konten';
import { MAX_VERIFIKATOR } from './review-chain';

const id = (message: string) => z.uuid(message);

export const createKonsepSchema = z.object({
  jenis: z.enum(JENIS_NASKAH_DIDUKUNG, 'Pilih jenis naskah.'),
});
export type CreateKonsepInput = z.infer<typeof createKonsepSchema>;

export const penerimaInputSchema = z.union([
  z.object({ jabatanId: id('Jabatan penerima tidak dikenal.') }),
  z.object({
    nama: singleLine(300, 'Nama penerima terlalu panjang.').min(1, 'Isi nama penerima.').superRefine(periksaTercetak),
    alamat: multiLine(500, 'Alamat terlalu panjang.').superRefine(periksaTercetak).default(''),
  }),
]);
export type PenerimaInput = z.infer<typeof penerimaInputSchema>;

export const saveKonsepSchema = z.object({
  naskahId: id('Naskah tidak dikenal.'),
  /** autosave only updates the working copy; simpan also records a version. */
  mode: z.enum(['autosave', 'simpan']),
  perihal: singleLine(500, 'Hal paling panjang 500 karakter.').superRefine(periksaTercetak),
  konten: z.unknown(),
  penandatanganJabatanId: id('Penandatangan tidak dikenal.').nullable().default(null),
  atasNamaPimpinan: z.boolean().default(false),
  klasifikasiArsipId: id('Klasifikasi arsip tidak dikenal.').nullable().default(null),
  klasifikasiKeamanan: z.enum(['BIASA', 'TERBATAS', 'RAHASIA', 'SANGAT_RAHASIA']).default('BIASA'),
  derajatKecepatan: z.enum(['BIASA', 'SEGERA', 'SANGAT_SEGERA']).default('BIASA'),
  /** The paraf chain as edited in the editor; checked in full when the naskah is submitted. */
  verifikator: z.array(id('Verifikator tidak dikenal.')).max(MAX_VERIFIKATOR, `Paling banyak ${MAX_VERIFIKATOR} verifikator.`).optional(),
  tujuan: z.array(penerimaInputSchema).max(50, 'Paling banyak 50 tujuan.').default([]),
  tembusan: z.array(penerimaInputSchema).max(50, 'Paling banyak 50 tembusan.').default([]),
  /** What the lampiran are called on the "Lampiran" line: "2 (dua) berkas", "1 (satu) eksemplar". */
  lampiranKeterangan: z
    .string()
    .trim()
    .max(30, 'Sebutan lampiran paling panjang 30 karakter.')
    .regex(/^[\p{L} ]*$/u, 'Sebutan lampiran hanya berisi huruf, misalnya "berkas" atau "eksemplar".')
    .default(''),
});
export type SaveKonsepInput = z.infer<typeof saveKonsepSchema>;

export const submitForReviewSchema = z.object({
  naskahId: id('Naskah tidak dikenal.'),
  verifikator: z.array(id('Verifikator tidak dikenal.')).max(MAX_VERIFIKATOR, `Paling banyak ${MAX_VERIFIKATOR} verifikator.`),
});
export type SubmitForReviewInput = z.infer<typeof submitForReviewSchema>;

export const editAsVerifikatorSchema = z.object({
  naskahId: id('Naskah tidak dikenal.'),
  perihal: singleLine(500, 'Hal paling panjang 500 karakter.').min(1, 'Isi hal.').superRefine(periksaTercetak),
  konten: z.unknown(),
  catatan: multiLine(1000, 'Catatan paling panjang 1000 karakter.').optional(),
});
export type EditAsVerifikatorInput = z.infer<typeof editAsVerifikatorSchema>;

export const returnToDrafterSchema = z.object({
  naskahId: id('Naskah tidak dikenal.'),
  catatan: multiLine(2000, 'Catatan paling panjang 2000 karakter.').min(5, 'Tulis catatan perbaikan untuk pengonsep (paling sedikit 5 karakter).'),
});
export type ReturnToDrafterInput = z.infer<typeof returnToDrafterSchema>;

/** Fewer characters than this match half the instansi's posts: the tujuan/tembusan field asks nothing yet. */
export const PENERIMA_PILIHAN_MIN = 2;

/** What the drafter has typed under tujuan or tembusan, as the suggestions route takes it (GET /konsep/penerima?teks=). */
export const penerimaPilihanSchema = z.object({
  teks: z.preprocess((v) => v ?? '', singleLine(100, 'Nama jabatan yang dicari paling panjang 100 karakter.')),
});

export const naskahIdSchema = z.object({ naskahId: id('Naskah tidak dikenal.') });

export const cancelKonsepSchema = z.object({
  naskahId: id('Naskah tidak dikenal.'),
  alasan: multiLine(500, 'Alasan paling panjang 500 karakter.').default(''),
});
export type CancelKonsepInput = z.infer<typeof cancelKonsepSchema>;

/** Lampiran: PDF only (checked whole by lib/services/berkas/check-upload.ts), at most this size. */
export const LAMPIRAN_MAX_BYTES = 10 * 1024 * 1024;
export const LAMPIRAN_MAX_COUNT = 10;
