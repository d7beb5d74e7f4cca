// The report filters from a query string: a period of calendar days (WIB), an OPD and a unit kerja.
// Default: the current month up to today.
import { z } from 'zod';
import { kosongTakDisaring, singleLine } from '@/lib/domain/input/fields';
import { calendarDay } from '@/lib/domain/jabatan/acting';

const HARI = /^\d{4}-\d{2}-\d{2}$/;
/** The longest period one report covers: longer ones are slow to read and say little. */
export const PERIODE_MAKS_HARI = 3 * 366;

function isRealDay(value: string): boolean {
  const d = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === value;
}

const hari = (label: string) =>
  z
    .string()
    .regex(HARI, `${label} harus berupa tanggal (tttt-bb-hh).`)
    .refine(isRealDay, `${label} bukan tanggal yang ada.`);

export const laporanFilterSchema = z.object({
  dari: kosongTakDisaring(hari('Tanggal awal')),
  sampai: kosongTakDisaring(hari('Tanggal akhir')),
  opd: kosongTakDisaring(z.uuid('OPD tidak dikenali.')),
  unit: kosongTakDisaring(z.uuid('Unit kerja tidak dikenali.')),
});
export type LaporanFilterInput = z.infer<typeof laporanFilterSchema>;

export interface Periode {
  /** First day, inclusive, yyyy-mm-dd (WIB). */
  dari: string;
  /** Last day, inclusive. */
  sampai: string;
}

export interface LaporanFilter extends Periode {
  opdId: string | null;
  unitId: string | null;
}

/** Fills in the default period and puts the days in order; a period longer than the maximum is cut. */
export function resolveFilter(input: LaporanFilterInput, now: Date): LaporanFilter {
  const today = calendarDay(now);
  let dari = input.dari ?? `${today.slice(0, 8)}01`;
  let sampai = input.sampai ?? today;
  if (dari > sampai) [dari, sampai] = [sampai, dari];
  if (hariAntara(dari, sampai) > PERIODE_MAKS_HARI) dari = tambahHari(sampai, -PERIODE_MAKS_HARI);
  return { dari, sampai, opdId: input.opd ?? null, unitId: input.opd ? (input.unit ?? null) : null };
}

export function tambahHari(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

function hariAntara(a: string, b: string): number {
  return Math.round((Date.parse(`${b}T00:00:00Z`) - Date.parse(`${a}T00:00:00Z`)) / 86_400_000);
}

/** The period as instants: from 00:00 WIB of the first day to 00:00 WIB after the last. */
export function periodeInstan(p: Periode): { mulai: Date; akhir: Date } {
  return { mulai: new Date(`${p.dari}T00:00:00+07:00`), akhir: new Date(`${tambahHari(p.sampai, 1)}T00:00:00+07:00`) };
}

const BULAN = /^\d{4}-(0[1-9]|1[0-2])$/;
export const kinerjaFilterSchema = z.object({
  bulan: kosongTakDisaring(z.string().regex(BULAN, 'Bulan harus berupa tttt-bb.')),
  opd: kosongTakDisaring(z.uuid('OPD tidak dikenali.')),
  /** A pegawai's name or the start of a NIP: an admin of a pemda looks for one of thousands. */
  q: singleLine(100, 'Nama atau NIP paling panjang 100 karakter.').optional(),
  /** The page shows KINERJA_PER_HALAMAN people at a time; a download has them all. */
  halaman: z.coerce.number().int('Halaman tidak dikenali.').min(1, 'Halaman tidak dikenali.').max(10_000, 'Halaman tidak dikenali.').optional(),
});
export type KinerjaFilterInput = z.infer<typeof kinerjaFilterSchema>;

/** The month asked for, or the current one (WIB). */
export function resolveBulan(bulan: string | undefined, now: Date): string {
  return bulan ?? calendarDay(now).slice(0, 7);
}
