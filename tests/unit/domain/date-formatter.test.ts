import { describe, expect, it } from 'vitest';
import { dateFormatter } from '@/lib/domain/date-formatter';

const TANGGAL_PANJANG = { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric' } as const;
// 17:00 UTC on New Year's Eve is midnight in WIB (UTC+7): already the next day and the next year.
const TENGAH_MALAM_WIB = new Date('2026-12-31T17:00:00Z');

describe('dateFormatter', () => {
  it('keeps one formatter per locale and shape, however the options object was built', () => {
    const first = dateFormatter('id-ID', { ...TANGGAL_PANJANG });
    expect(dateFormatter('id-ID', { timeZone: 'Asia/Jakarta', day: 'numeric', month: 'long', year: 'numeric' })).toBe(first);
  });

  it.each([
    ['another zone', 'id-ID', { ...TANGGAL_PANJANG, timeZone: 'Asia/Makassar' }],
    ['another shape', 'id-ID', { ...TANGGAL_PANJANG, month: '2-digit' }],
    ['another locale', 'en-GB', TANGGAL_PANJANG],
  ] as const)('makes a separate formatter for %s', (_, locale, options) => {
    expect(dateFormatter(locale, options)).not.toBe(dateFormatter('id-ID', TANGGAL_PANJANG));
  });

  it('formats in the requested zone: WIB midnight on 31 December 2026 UTC is 1 Januari 2027', () => {
    expect(dateFormatter('id-ID', TANGGAL_PANJANG).format(TENGAH_MALAM_WIB)).toBe('1 Januari 2027');
    // The same instant is still the old year in UTC: a formatter kept for one zone is not reused for another.
    expect(dateFormatter('id-ID', { ...TANGGAL_PANJANG, timeZone: 'UTC' }).format(TENGAH_MALAM_WIB)).toBe('31 Desember 2026');
  });
});
