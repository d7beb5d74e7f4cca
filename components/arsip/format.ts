import { formatHariKalender } from '@/lib/domain/tanggal';

// Dates of the archive pages as people read them ("9 Maret 2028"); retention days are calendar dates.
export function tanggalArsip(d: Date | null | undefined): string {
  return d ? formatHariKalender(d) : '-';
}
