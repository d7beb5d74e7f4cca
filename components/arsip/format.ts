// Dates of the archive pages as people read them ("9 Maret 2028").
const FORMAT = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

export function tanggalArsip(d: Date | null | undefined): string {
  return d ? FORMAT.format(d) : '-';
}
