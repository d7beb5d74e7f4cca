// Retention from the Jadwal Retensi Arsip (JRA): a record stays active for retensiAktif years from
// the date of the letter, then inactive for retensiInaktif more, then the keterangan decides its end:
// destroyed (musnah), handed to the lembaga kearsipan (permanen), or appraised again (dinilai kembali).

export const KETERANGAN_RETENSI = ['MUSNAH', 'PERMANEN', 'DINILAI_KEMBALI'] as const;
export type KeteranganRetensi = (typeof KETERANGAN_RETENSI)[number];

export interface Jra {
  retensiAktif: number;
  retensiInaktif: number;
  keterangan: KeteranganRetensi;
}

export interface RetensiDates {
  /** Last day active (yyyy-mm-dd). */
  aktifSampai: string;
  /** Last day inactive (yyyy-mm-dd). */
  inaktifSampai: string;
}

export const KETERANGAN_LABEL: Record<KeteranganRetensi, string> = {
  MUSNAH: 'Musnah',
  PERMANEN: 'Permanen',
  DINILAI_KEMBALI: 'Dinilai kembali',
};

/** What the end of the inactive period leads to, as the penyusutan lists name it. */
export const NASIB_AKHIR: Record<KeteranganRetensi, 'USUL_MUSNAH' | 'SERAH' | 'NILAI_KEMBALI'> = {
  MUSNAH: 'USUL_MUSNAH',
  PERMANEN: 'SERAH',
  DINILAI_KEMBALI: 'NILAI_KEMBALI',
};

/** yyyy-mm-dd plus whole years; 29 February falls back to 28 February in a common year (as PostgreSQL does). */
export function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const year = y + years;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const dd = m === 2 && d === 29 && !leap ? 28 : d;
  return `${String(year).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(dd).padStart(2, '0')}`;
}

/** The day before `day`, so "N years from 2026-03-10" ends on 2028-03-09. */
function dayBefore(day: string): string {
  const t = new Date(`${day}T00:00:00Z`);
  t.setUTCDate(t.getUTCDate() - 1);
  return t.toISOString().slice(0, 10);
}

/** The retention dates of a record dated `tanggal` under a JRA entry; null without an entry. */
export function retensiDates(tanggal: string, jra: Jra | null): RetensiDates | null {
  if (!jra) return null;
  const aktifEnd = addYears(tanggal, jra.retensiAktif);
  const inaktifEnd = addYears(aktifEnd, jra.retensiInaktif);
  return { aktifSampai: jra.retensiAktif === 0 ? tanggal : dayBefore(aktifEnd), inaktifSampai: jra.retensiAktif + jra.retensiInaktif === 0 ? tanggal : dayBefore(inaktifEnd) };
}

/** The JRA entry of a klasifikasi row, or null while one of its three parts is missing. */
export function jraOf(k: { retensiAktif: number | null; retensiInaktif: number | null; keteranganRetensi: KeteranganRetensi | null } | null | undefined): Jra | null {
  if (!k || k.retensiAktif === null || k.retensiInaktif === null || !k.keteranganRetensi) return null;
  return { retensiAktif: k.retensiAktif, retensiInaktif: k.retensiInaktif, keterangan: k.keteranganRetensi };
}

export type TahapRetensi = 'AKTIF' | 'PINDAH' | 'USUL_MUSNAH' | 'SERAH' | 'NILAI_KEMBALI' | 'TANPA_JRA';

/**
 * Where a record stands on `today` (yyyy-mm-dd): still active, due to move to the unit kearsipan,
 * or (after its inactive period) due for its end. Records already moved are only due for their end.
 */
export function tahapRetensi(r: { status: 'AKTIF' | 'INAKTIF'; aktifSampai: string | null; inaktifSampai: string | null; keterangan: KeteranganRetensi | null }, today: string): TahapRetensi {
  if (!r.aktifSampai || !r.inaktifSampai || !r.keterangan) return 'TANPA_JRA';
  if (r.inaktifSampai < today) return NASIB_AKHIR[r.keterangan];
  if (r.status === 'AKTIF' && r.aktifSampai < today) return 'PINDAH';
  return 'AKTIF';
}
