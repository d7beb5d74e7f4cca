// The kinerja evidence export: the columns the pemda's performance system imports, in this order.
import type { Tabel } from './tabel';
import { formatBulan } from '@/lib/domain/tanggal';

export interface BarisKinerja {
  pegawaiId: string;
  nip: string;
  nama: string;
  jabatan: string;
  opd: string;
  bulan: string;
  disposisiTepat: number;
  disposisiTerlambat: number;
  naskahDisusun: number;
  paraf: number;
  tandaTangan: number;
}

export const KOLOM_KINERJA = [
  'NIP',
  'Nama',
  'Jabatan',
  'OPD',
  'Bulan',
  'Disposisi selesai tepat waktu',
  'Disposisi selesai terlambat',
  'Naskah disusun',
  'Paraf diberikan',
  'Naskah ditandatangani',
] as const;

export function tabelKinerja(rows: readonly BarisKinerja[], bulan: string): Tabel {
  return {
    judul: `Kinerja ${formatBulan(bulan)}`,
    kolom: [...KOLOM_KINERJA],
    baris: rows.map((r) => [r.nip, r.nama, r.jabatan, r.opd, r.bulan, r.disposisiTepat, r.disposisiTerlambat, r.naskahDisusun, r.paraf, r.tandaTangan]),
  };
}
