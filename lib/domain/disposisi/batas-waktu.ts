import { calendarDay } from '@/lib/domain/jabatan/acting';

/** The deadline chips of the disposisi form: days from today (WIB); null = no deadline. */
export const BATAS_WAKTU_CHIPS: { label: string; hari: number | null }[] = [
  { label: 'Hari ini', hari: 0 },
  { label: '2 hari', hari: 2 },
  { label: '1 minggu', hari: 7 },
  { label: 'Tanpa batas', hari: null },
];

/** The calendar day (YYYY-MM-DD, WIB) that is `hari` days after `now`'s day in WIB. */
export function tanggalSetelah(hari: number, now: Date): string {
  const day = new Date(`${calendarDay(now)}T00:00:00Z`);
  day.setUTCDate(day.getUTCDate() + hari);
  return day.toISOString().slice(0, 10);
}

/**
 * How long after a deadline passed it is still news (the hourly sweep's TENGGAT_LEWAT notice).
 * Older ones (letters imported with their history, a job runner down for days) would flood people
 * with notices about work long overdue; the Disposisi page lists those as overdue anyway. Three
 * days cover a job runner down over a long weekend.
 */
export const TENGGAT_LEWAT_JENDELA_MS = 3 * 24 * 3600_000;
