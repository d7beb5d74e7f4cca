// Inputs of the archive's forms, validated before any service runs.
import { z } from 'zod';
import { singleLine } from '@/lib/domain/input/fields';
import { MAX_RETENSI_TAHUN } from './jra-csv';
import { KETERANGAN_RETENSI } from './retensi';

/** Checkbox lists arrive as one string when one box is ticked, and are missing when none is. */
const idList = (item: z.ZodType<string>) => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));

const tahun = (label: string) =>
  z.coerce
    .number({ message: `${label} diisi angka tahun.` })
    .int(`${label} diisi bilangan bulat.`)
    .min(0, `${label} tidak boleh negatif.`)
    .max(MAX_RETENSI_TAHUN, `${label} paling lama ${MAX_RETENSI_TAHUN} tahun.`);

export const updateJraSchema = z.object({
  klasifikasiId: z.uuid('Kode klasifikasi tidak dikenal.'),
  retensiAktif: tahun('Retensi aktif'),
  retensiInaktif: tahun('Retensi inaktif'),
  keterangan: z.enum(KETERANGAN_RETENSI, 'Pilih keterangan: Musnah, Permanen, atau Dinilai Kembali.'),
});
export type UpdateJraInput = z.infer<typeof updateJraSchema>;

export const createBerkasArsipSchema = z.object({
  judul: singleLine(300, 'Judul berkas paling panjang 300 karakter.').min(3, 'Isi judul berkas (paling sedikit 3 karakter).'),
  klasifikasiArsipId: z.uuid('Klasifikasi arsip tidak dikenal.').nullable().default(null),
});
export type CreateBerkasArsipInput = z.infer<typeof createBerkasArsipSchema>;

export const moveArsipSchema = z.object({
  berkasArsipId: z.uuid('Berkas tidak dikenal.'),
  arsipIds: idList(z.uuid('Arsip tidak dikenal.')).pipe(z.array(z.string()).min(1, 'Pilih arsip yang dipindahkan.').max(500, 'Paling banyak 500 arsip sekaligus.')),
});
export type MoveArsipInput = z.infer<typeof moveArsipSchema>;

export const JENIS_PENYUSUTAN = ['PEMINDAHAN', 'PEMUSNAHAN', 'PENYERAHAN'] as const;
export type JenisPenyusutan = (typeof JENIS_PENYUSUTAN)[number];

export const createPenyusutanSchema = z.object({
  jenis: z.enum(JENIS_PENYUSUTAN, 'Jenis penyusutan tidak dikenal.'),
  arsipIds: idList(z.uuid('Arsip tidak dikenal.')).pipe(z.array(z.string()).min(1, 'Pilih paling sedikit satu arsip.').max(5000, 'Paling banyak 5.000 arsip per daftar.')),
});
export type CreatePenyusutanInput = z.infer<typeof createPenyusutanSchema>;
