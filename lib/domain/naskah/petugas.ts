// The people named in a Surat Tugas / Surat Perintah ("Kepada"): how a pegawai from the system
// becomes a printed row, and the small list operations the editor needs. Pure: no Prisma, no IO.
import { z } from 'zod';
import { singleLine } from '@/lib/domain/input/fields';
import { namaLengkap, pangkatLabel } from '@/lib/domain/pegawai/golongan';
import type { Petugas } from './konten';

/** The search box of "Tambah dari pegawai": a name (any part) or the start of a NIP. */
export const cariPegawaiSchema = z.object({
  q: singleLine(100, 'Kata pencarian terlalu panjang.').min(2, 'Ketik paling sedikit 2 huruf nama atau angka NIP.'),
});
export type CariPegawai = z.infer<typeof cariPegawaiSchema>;

export interface PegawaiSumber {
  id: string;
  nama: string;
  gelarDepan: string | null;
  gelarBelakang: string | null;
  nip: string;
  golongan: string | null;
}

/** The person's current definitif post, with the OPD it belongs to. */
export interface JabatanSumber {
  nama: string;
  opdId: string;
  opdNama: string;
}

/**
 * The jabatan as printed: the post's name, plus "pada <OPD>" when the person serves in another OPD
 * than the one issuing the naskah (unless the name already says which OPD, as "Kepala Dinas X" does).
 */
export function jabatanPetugas(jabatan: JabatanSumber | null, opdNaskahId: string): string {
  if (!jabatan) return '';
  const sameOpd = jabatan.opdId === opdNaskahId;
  const named = jabatan.nama.toLowerCase().includes(jabatan.opdNama.toLowerCase());
  return sameOpd || named ? jabatan.nama : `${jabatan.nama} pada ${jabatan.opdNama}`;
}

/** A pegawai as a petugas row, copied at writing time (later changes to the pegawai do not alter the naskah). */
export function petugasFromPegawai(pegawai: PegawaiSumber, jabatan: JabatanSumber | null, opdNaskahId: string): Petugas {
  const pangkat = pangkatLabel(pegawai.golongan) ?? pegawai.golongan ?? undefined;
  return {
    pegawaiId: pegawai.id,
    nama: namaLengkap(pegawai),
    nip: pegawai.nip,
    ...(pangkat ? { pangkat } : {}),
    jabatan: jabatanPetugas(jabatan, opdNaskahId),
  };
}

/** The pegawai ids a konten's petugas list refers to, as sent (not yet validated), without repeats. */
export function pegawaiIdsOf(petugas: unknown): unknown[] {
  if (!Array.isArray(petugas)) return [];
  const ids = petugas.flatMap((p) => (typeof p === 'object' && p !== null && 'pegawaiId' in p && p.pegawaiId !== undefined ? [p.pegawaiId] : []));
  return [...new Set(ids)];
}

/** Index of the row that already names this pegawai, or -1. */
export function indexOfPegawai(list: readonly Petugas[], pegawaiId: string): number {
  return list.findIndex((p) => p.pegawaiId === pegawaiId);
}

/** The list with row `index` moved one place up (-1) or down (+1); unchanged at the ends. */
export function movePetugas<T>(list: readonly T[], index: number, delta: -1 | 1): T[] {
  const target = index + delta;
  if (index < 0 || index >= list.length || target < 0 || target >= list.length) return [...list];
  const out = [...list];
  [out[index], out[target]] = [out[target]!, out[index]!];
  return out;
}
