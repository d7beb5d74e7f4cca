// Dates as written in naskah dinas: "7 Desember 2026", "Senin, 7 Desember 2026". Own month and day
// names (not Intl) so the output never depends on the ICU data of the machine.
import { dateFormatter } from '@/lib/domain/date-formatter';
import { calendarDay } from '@/lib/domain/jabatan/acting';
export const NAMA_BULAN = [
  'Januari',
  'Februari',
  'Maret',
  'April',
  'Mei',
  'Juni',
  'Juli',
  'Agustus',
  'September',
  'Oktober',
  'November',
  'Desember',
] as const;

/** Index 0 = Minggu, as Date.getUTCDay counts. */
export const NAMA_HARI = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'] as const;

export interface TanggalKalender {
  tahun: number;
  /** 1-12 */
  bulan: number;
  hari: number;
}

const ZONA_WAKTU_DEFAULT = 'Asia/Jakarta';

/**
 * The calendar date of a value: an ISO date string ("2026-12-07") is taken as written; a Date is
 * read in the instansi's time zone (WIB by default), so a signing at 23.30 WIB keeps its day.
 */
export function tanggalKalender(value: Date | string, timeZone = ZONA_WAKTU_DEFAULT): TanggalKalender {
  if (typeof value === 'string') {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
    if (!m) throw new RangeError(`Tanggal tidak valid: ${value}`);
    const t = { tahun: Number(m[1]), bulan: Number(m[2]), hari: Number(m[3]) };
    const check = new Date(Date.UTC(t.tahun, t.bulan - 1, t.hari));
    if (check.getUTCMonth() !== t.bulan - 1 || check.getUTCDate() !== t.hari) {
      throw new RangeError(`Tanggal tidak valid: ${value}`);
    }
    return t;
  }
  if (Number.isNaN(value.getTime())) throw new RangeError('Tanggal tidak valid.');
  const [tahun, bulan, hari] = calendarDay(value, timeZone).split('-').map(Number);
  return { tahun: tahun!, bulan: bulan!, hari: hari! };
}

/** "7 Desember 2026" */
export function formatTanggalNaskah(value: Date | string, timeZone?: string): string {
  const t = tanggalKalender(value, timeZone);
  return `${t.hari} ${NAMA_BULAN[t.bulan - 1]} ${t.tahun}`;
}

/** "Senin" */
export function namaHari(value: Date | string, timeZone?: string): string {
  const t = tanggalKalender(value, timeZone);
  return NAMA_HARI[new Date(Date.UTC(t.tahun, t.bulan - 1, t.hari)).getUTCDay()];
}

/** "Senin, 7 Desember 2026" (the hari/tanggal line of an invitation). */
export function formatHariTanggal(value: Date | string, timeZone?: string): string {
  return `${namaHari(value, timeZone)}, ${formatTanggalNaskah(value, timeZone)}`;
}

/** "07/12/2026 10.05" (compact, for the paraf column), in the instansi's time zone. */
export function formatWaktuSingkat(value: Date, timeZone = ZONA_WAKTU_DEFAULT): string {
  const p = dateFormatter('en-GB', {
    timeZone,
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
    .formatToParts(value)
    .reduce<Record<string, string>>((acc, x) => ({ ...acc, [x.type]: x.value }), {});
  return `${p.day}/${p.month}/${p.year} ${p.hour}.${p.minute}`;
}
