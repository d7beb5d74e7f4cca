// The report as the page, the exports and the PDF read it.
import type { LaporanFilter } from './periode';

export interface Pilihan {
  id: string;
  nama: string;
}

export interface Baris {
  /** What a drill-down link filters on (a sifat, a derajat, a unit id, a kode...). */
  kunci: string;
  label: string;
  jumlah: number;
}

export interface BarisDisposisiUnit {
  kunci: string;
  label: string;
  total: number;
  selesai: number;
  persenSelesai: number | null;
  terlambat: number;
}

export interface BarisTerlambatOrang {
  jabatanId: string;
  jabatan: string;
  pegawai: string | null;
  terlambat: number;
}

export interface BarisLangkah {
  langkah: number;
  label: string;
  kali: number;
  rataJam: number;
  /** The post with the longest average wait at this step. */
  terlamaDi: string | null;
}

export interface Laporan {
  filter: LaporanFilter;
  /** null: the whole pemda. */
  opd: Pilihan | null;
  unit: Pilihan | null;
  /** Grouping of "per unit" figures: units inside one OPD, OPDs across the pemda. */
  kelompok: 'unit' | 'opd';
  opdPilihan: Pilihan[];
  unitPilihan: Pilihan[];
  /** When the rollups were refreshed; null if never (figures then read as zero). */
  diperbaruiPada: Date | null;
  dihitungPada: Date;
  suratMasuk: { total: number; perSifat: Baris[]; perDerajat: Baris[] };
  disposisi: {
    total: number;
    selesai: number;
    persenSelesai: number | null;
    medianJamSelesai: number | null;
    selesaiTerlambat: number;
    /** Open and past the deadline now (counted live, not from the rollup). */
    terlambat: number;
    perUnit: BarisDisposisiUnit[];
    perOrang: BarisTerlambatOrang[];
  };
  naskahKeluar: { total: number; perJenis: Baris[]; medianJamKonsepKeTtd: number | null };
  tunggu: { perLangkah: BarisLangkah[] };
  gagalTtd: { total: number; perAlasan: Baris[] };
}
