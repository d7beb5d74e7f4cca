import type { JenisJabatan, JenisUnitKerja } from '@/lib/generated/prisma/client';

/** The unit a structural post heads; staf posts have none and sit in their superior's unit. */
export interface UnitDef {
  kode: string;
  nama: string;
  jenis: JenisUnitKerja;
}

/** A demo person: gender (for NIP digit 15 and NIK) and the name as printed, with gelar. */
export interface PemegangDef {
  jk: 'L' | 'P';
  /** "Dr. Ir. I Gede Wirawan, M.T.": gelar depan, nama, then gelar belakang after the first comma. */
  namaLengkap: string;
}

/** One post of the jabatan tree; its level is its depth (1 = pimpinan OPD). */
export interface PosDef {
  /** Unique within the OPD, stable: the natural key of the seed. */
  kode: string;
  /** As printed in a signature block. */
  nama: string;
  namaSingkat: string;
  jenis: JenisJabatan;
  eselon?: string;
  unit?: UnitDef;
  dapatMewakiliAtasan?: boolean;
  /** null: the post is vacant (filled by a Plt., see data/plt.ts). */
  pemegang: PemegangDef | null;
  bawahan?: PosDef[];
}

export interface OpdStruktur {
  opdKode: string;
  pimpinan: PosDef;
}
