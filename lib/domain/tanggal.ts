// Dates as the app shows them, one format everywhere, in WIB unless the instansi says otherwise:
// "23 November 2026", "23 November 2026 11.05", "11.05". Letters themselves are dated by
// lib/domain/naskah/tanggal-naskah.ts (the same words, in the instansi's time zone).
const ZONA = 'Asia/Jakarta';
const TANGGAL = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONA });
const JAM = new Intl.DateTimeFormat('id-ID', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: ZONA });

/** "23 November 2026" */
export function formatTanggal(d: Date): string {
  return TANGGAL.format(d);
}

const HARI_KALENDER = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A calendar day stored as a date (`@db.Date`, midnight UTC), in the same words with no zone shift.
 * The one rule for date-only fields (tanggal surat, batas waktu, retensi): never a time, which
 * would be the zone's offset from midnight ("07.00"), not a moment anyone chose.
 */
export function formatHariKalender(d: Date): string {
  return HARI_KALENDER.format(d);
}

/** A calendar day written yyyy-mm-dd (a form's date, a penugasan's mulai) in the same words: "14 Oktober 2025". */
export function formatHari(day: string): string {
  return formatHariKalender(new Date(`${day}T00:00:00Z`));
}

/** Whether "yyyy-mm-dd" names a day on the calendar (no 2026-13-45, no 2026-02-30). */
export function isCalendarDay(value: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return false;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const HARI_LENGKAP = new Intl.DateTimeFormat('id-ID', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * A form's date field (yyyy-mm-dd) read back with its weekday, "Jumat, 20 November 2026", or null
 * when it holds no real day. The field itself shows the browser's order: 11/20/2026 in an English
 * browser, where 05/11 is the fifth of November to a clerk and May the eleventh to the field.
 */
export function formatHariLengkap(day: string): string | null {
  return isCalendarDay(day) ? HARI_LENGKAP.format(new Date(`${day}T00:00:00Z`)) : null;
}

/** A range of calendar days written yyyy-mm-dd, as a report's heading says it: "1 Desember 2026 s.d. 6 Desember 2026", one day once. */
export function formatRentangHari(dari: string, sampai: string): string {
  return dari === sampai ? formatHari(dari) : `${formatHari(dari)} s.d. ${formatHari(sampai)}`;
}

const BULAN = new Intl.DateTimeFormat('id-ID', { month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A month written yyyy-mm (a report's month) in words: "Desember 2026". */
export function formatBulan(bulan: string): string {
  return BULAN.format(new Date(`${bulan}-01T00:00:00Z`));
}

/** "11.05" */
export function formatJam(d: Date): string {
  return JAM.format(d).replace(':', '.');
}

/** "23 November 2026 11.05" */
export function formatTanggalJam(d: Date): string {
  return `${formatTanggal(d)} ${formatJam(d)}`;
}

/** A <time>'s machine-readable moment to the minute, as shown: "2026-11-23T04:05Z" (a list's rows
 * carry it twice, in the HTML and the flight data; seconds and milliseconds said nothing). */
export function isoMenit(d: Date): string {
  return `${d.toISOString().slice(0, 16)}Z`;
}

/** A date a list shows: a calendar day (date-only field) or a moment. */
export interface TanggalTampil {
  nilai: Date;
  /** From a date-only field: shown without a time (formatHariKalender). */
  hariSaja: boolean;
}

/** "20 November 2026" for a calendar day, "23 November 2026 11.05" for a moment. */
export function formatTanggalTampil({ nilai, hariSaja }: TanggalTampil): string {
  return hariSaja ? formatHariKalender(nilai) : formatTanggalJam(nilai);
}

/** A <time>'s dateTime: "2026-11-20" for a calendar day, the minute for a moment (isoMenit). */
export function isoTanggalTampil({ nilai, hariSaja }: TanggalTampil): string {
  return hariSaja ? nilai.toISOString().slice(0, 10) : isoMenit(nilai);
}
