import { describe, expect, it } from 'vitest';
import { BATAS_WAKTU_CHIPS, tanggalSetelah } from '@/lib/domain/disposisi/batas-waktu';

describe('deadline chips', () => {
  it.each([
    // 23:30 UTC is already the next day in WIB (UTC+7).
    ['2026-11-30T23:30:00Z', 0, '2026-12-01'],
    ['2026-11-30T16:59:59Z', 0, '2026-11-30'],
    ['2026-11-30T03:00:00Z', 2, '2026-12-02'],
    ['2026-12-28T03:00:00Z', 7, '2027-01-04'],
    ['2028-02-27T03:00:00Z', 2, '2028-02-29'],
  ])('%s + %i days is %s in WIB', (now, hari, expected) => {
    expect(tanggalSetelah(hari, new Date(now))).toBe(expected);
  });

  it('offers today, two days, a week and no deadline, in that order', () => {
    expect(BATAS_WAKTU_CHIPS.map((c) => [c.label, c.hari])).toEqual([
      ['Hari ini', 0],
      ['2 hari', 2],
      ['1 minggu', 7],
      ['Tanpa batas', null],
    ]);
  });
});
