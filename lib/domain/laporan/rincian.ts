// The list behind a figure: which figure, which bar of it, which page.
import { z } from 'zod';

export const JENIS_RINCIAN = ['surat-masuk', 'disposisi', 'naskah-keluar', 'tunggu', 'gagal-ttd'] as const;
export type JenisRincian = (typeof JENIS_RINCIAN)[number];

export const STATUS_RINCIAN_DISPOSISI = ['semua', 'selesai', 'selesai-terlambat', 'terlambat'] as const;

export const rincianSchema = z.object({
  rincian: z.enum(JENIS_RINCIAN, 'Rincian tidak dikenali.'),
  /** surat-masuk: "sifat:Penting" or "derajat:SEGERA"; disposisi: a status above; naskah-keluar: a
   * jenis; tunggu: a langkah number; gagal-ttd: a reason code. */
  nilai: z.string().max(100, 'Nilai rincian terlalu panjang.').regex(/^[^\u0000-\u001f]*$/, 'Nilai rincian tidak dikenali.').optional(),
  /** disposisi: one unit (or OPD across the pemda) or one post. */
  kelompok: z.uuid('Kelompok tidak dikenali.').optional(),
  jabatan: z.uuid('Jabatan tidak dikenali.').optional(),
  halaman: z.coerce.number().int('Halaman tidak dikenali.').min(1, 'Halaman tidak dikenali.').max(1000, 'Halaman tidak dikenali.').optional(),
});
export type RincianInput = z.infer<typeof rincianSchema>;

export const RINCIAN_PER_HALAMAN = 50;

export interface BarisRincian {
  id: string;
  naskahId: string;
  perihal: string;
  nomor: string | null;
  /** The moment that puts the row in the period (delivered, received, signed, failed). */
  waktu: Date;
  keterangan: string;
  href: string;
}

export interface Rincian {
  judul: string;
  baris: BarisRincian[];
  halaman: number;
  adaBerikutnya: boolean;
}
