// Shorthands that keep the per-OPD tables readable: one line per post.
import type { PemegangDef, PosDef, UnitDef } from './types';

export const L = (namaLengkap: string): PemegangDef => ({ jk: 'L', namaLengkap });
export const P = (namaLengkap: string): PemegangDef => ({ jk: 'P', namaLengkap });

/** A level-4 post: pelaksana or fungsional, no eselon, no unit of its own. */
export function staf(kode: string, nama: string, pemegang: PemegangDef, jenis: 'PELAKSANA' | 'FUNGSIONAL' = 'PELAKSANA'): PosDef {
  return { kode, nama, namaSingkat: nama, jenis, pemegang };
}

/** A structural post heading a unit. */
export function struktural(
  kode: string,
  jabatan: { nama: string; namaSingkat: string; eselon: string; dapatMewakiliAtasan?: boolean },
  unit: UnitDef,
  pemegang: PemegangDef | null,
  bawahan: PosDef[] = [],
): PosDef {
  return { kode, ...jabatan, jenis: 'STRUKTURAL', unit, pemegang, bawahan };
}

/**
 * The Sekretariat every Dinas and Badan has (Permendagri 12/2017 pattern): the Sekretaris, who may
 * route incoming letters for the head, with Subbagian Umum dan Kepegawaian and Subbagian Keuangan.
 */
export function sekretariat(
  sekretaris: PemegangDef,
  umum: { kasubbag: PemegangDef; staf: PosDef[] },
  keuangan: { kasubbag: PemegangDef; staf: PosDef[] },
): PosDef {
  return struktural(
    'SEKRETARIS',
    { nama: 'Sekretaris', namaSingkat: 'Sekretaris', eselon: 'III.a', dapatMewakiliAtasan: true },
    { kode: 'SEKRETARIAT', nama: 'Sekretariat', jenis: 'SEKRETARIAT' },
    sekretaris,
    [
      struktural(
        'KASUBBAG-UMPEG',
        { nama: 'Kepala Subbagian Umum dan Kepegawaian', namaSingkat: 'Kasubbag Umpeg', eselon: 'IV.a' },
        { kode: 'SUBBAG-UMPEG', nama: 'Subbagian Umum dan Kepegawaian', jenis: 'SUBBAGIAN' },
        umum.kasubbag,
        umum.staf,
      ),
      struktural(
        'KASUBBAG-KEU',
        { nama: 'Kepala Subbagian Keuangan', namaSingkat: 'Kasubbag Keuangan', eselon: 'IV.a' },
        { kode: 'SUBBAG-KEU', nama: 'Subbagian Keuangan', jenis: 'SUBBAGIAN' },
        keuangan.kasubbag,
        keuangan.staf,
      ),
    ],
  );
}

/** A Bidang (or Subbidang-based Bidang of a Badan) with its Kepala. */
export function bidang(kode: string, nama: string, singkat: string, pemegang: PemegangDef | null, bawahan: PosDef[]): PosDef {
  return struktural(
    `KABID-${kode}`,
    { nama: `Kepala Bidang ${nama}`, namaSingkat: `Kabid ${singkat}`, eselon: 'III.a' },
    { kode: `BIDANG-${kode}`, nama: `Bidang ${nama}`, jenis: 'BIDANG' },
    pemegang,
    bawahan,
  );
}

/** A Seksi under a Bidang of a Dinas. */
export function seksi(kode: string, nama: string, singkat: string, pemegang: PemegangDef, bawahan: PosDef[]): PosDef {
  return struktural(
    `KASI-${kode}`,
    { nama: `Kepala Seksi ${nama}`, namaSingkat: `Kasi ${singkat}`, eselon: 'IV.a' },
    { kode: `SEKSI-${kode}`, nama: `Seksi ${nama}`, jenis: 'SEKSI' },
    pemegang,
    bawahan,
  );
}

/** A Subbidang under a Bidang of a Badan (Bappeda). */
export function subbidang(kode: string, nama: string, singkat: string, pemegang: PemegangDef, bawahan: PosDef[]): PosDef {
  return struktural(
    `KASUBBID-${kode}`,
    { nama: `Kepala Subbidang ${nama}`, namaSingkat: `Kasubbid ${singkat}`, eselon: 'IV.a' },
    { kode: `SUBBID-${kode}`, nama: `Subbidang ${nama}`, jenis: 'SUBBIDANG' },
    pemegang,
    bawahan,
  );
}

/** The pimpinan OPD post and its unit. */
export function pimpinan(nama: string, namaSingkat: string, eselon: string, pemegang: PemegangDef, bawahan: PosDef[]): PosDef {
  return struktural('PIMPINAN', { nama, namaSingkat, eselon }, { kode: 'PIMPINAN', nama: 'Pimpinan', jenis: 'PIMPINAN' }, pemegang, bawahan);
}
