// The /cari page's query string: the words, the filters and the page. A stale or refused value is
// dropped (parseQuery names it), so a hand-edited URL still answers normally.
import { z } from 'zod';
import { KLASIFIKASI_PATTERN } from '@/lib/domain/admin/klasifikasi';
import { calendarDay, singleLine } from '@/lib/domain/input/fields';
import { CARI_MAX_HALAMAN, CARI_MAX_PANJANG } from './query';

export const JENIS_NASKAH_CARI = [
  'NOTA_DINAS', 'MEMO', 'SURAT_DINAS', 'SURAT_UNDANGAN', 'SURAT_EDARAN', 'SURAT_TUGAS', 'SURAT_PERINTAH', 'KEPUTUSAN', 'PERATURAN',
  'INSTRUKSI', 'SOP', 'BERITA_ACARA', 'SURAT_KETERANGAN', 'SURAT_PERNYATAAN', 'SURAT_KUASA', 'SURAT_PENGANTAR', 'PERJANJIAN',
  'NOTA_KESEPAHAMAN', 'PENGUMUMAN', 'NOTULA', 'LAPORAN', 'TELAAHAN_STAF', 'LAINNYA',
] as const;
export const STATUS_CARI = ['KONSEP', 'VERIFIKASI', 'DIKEMBALIKAN', 'MENUNGGU_TANDA_TANGAN', 'DITANDATANGANI', 'TERCATAT', 'DIBATALKAN'] as const;
export const KECEPATAN_CARI = ['BIASA', 'SEGERA', 'SANGAT_SEGERA'] as const;
export const KEAMANAN_CARI = ['BIASA', 'TERBATAS', 'RAHASIA', 'SANGAT_RAHASIA'] as const;
export const URUT_CARI = ['terbaru'] as const;

const optionalEnum = <T extends readonly [string, ...string[]]>(values: T) =>
  z.preprocess((v) => (v === '' ? undefined : v), z.enum(values).optional()).catch(undefined);
const optionalDay = z.preprocess((v) => (v === '' ? undefined : v), calendarDay().optional());

export const cariFilterSchema = z.object({
  q: z.preprocess((v) => (typeof v === 'string' ? v.slice(0, CARI_MAX_PANJANG) : undefined), singleLine(CARI_MAX_PANJANG).optional()).transform((v) => v?.trim() || undefined),
  jenis: optionalEnum(JENIS_NASKAH_CARI),
  status: optionalEnum(STATUS_CARI),
  kecepatan: optionalEnum(KECEPATAN_CARI),
  keamanan: optionalEnum(KEAMANAN_CARI),
  // The kode (000.1.2), not the row's id: a readable, bookmarkable URL, typed or picked from the
  // suggestions (KlasifikasiArsipInput).
  klasifikasi: z.preprocess((v) => (v === '' ? undefined : v), z.string().max(40).regex(KLASIFIKASI_PATTERN).optional()).catch(undefined),
  dari: optionalDay,
  sampai: optionalDay,
  halaman: z.coerce.number().int().min(1).max(CARI_MAX_HALAMAN).catch(1).default(1),
  /** Absent: the best matches first (rank among the newest matches); `terbaru`: the newest first. */
  urut: optionalEnum(URUT_CARI),
});
export type CariFilter = z.infer<typeof cariFilterSchema>;

/** True when the person asked for something (words or a filter); an empty search lists nothing. */
export function adaPermintaan(f: CariFilter): boolean {
  return Boolean(f.q || f.jenis || f.status || f.kecepatan || f.keamanan || f.klasifikasi || f.dari || f.sampai);
}
