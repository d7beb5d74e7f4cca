import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatBulan, formatHariLengkap, formatJam, formatRentangHari, formatTanggal, formatTanggalJam, formatTanggalTampil, isoMenit, isoTanggalTampil } from '@/lib/domain/tanggal';

describe('one date format across the app', () => {
  it('writes dates, times and both in WIB with the same words', () => {
    const d = new Date('2026-11-29T18:05:00Z');
    expect(formatTanggal(d)).toBe('30 November 2026');
    expect(formatJam(d)).toBe('01.05');
    expect(formatTanggalJam(d)).toBe('30 November 2026 01.05');
    expect(formatJam(new Date('2026-11-30T16:59:00Z'))).toBe('23.59');
  });

  it("gives a <time> the moment to the minute it shows, in UTC", () => {
    const d = new Date('2026-11-29T18:05:59.999Z');
    expect(isoMenit(d)).toBe('2026-11-29T18:05Z');
    // The same minute as the words beside it (01.05 WIB), and a valid HTML global date and time.
    expect(formatJam(d)).toBe('01.05');
    expect(new Date(isoMenit(d)).toISOString()).toBe('2026-11-29T18:05:00.000Z');
  });

  it('shows a date-only field (tanggal surat, stored as midnight UTC) as the day alone, never "07.00"', () => {
    const tanggalSurat = new Date('2026-11-20T00:00:00Z');
    expect(formatTanggalTampil({ nilai: tanggalSurat, hariSaja: true })).toBe('20 November 2026');
    expect(isoTanggalTampil({ nilai: tanggalSurat, hariSaja: true })).toBe('2026-11-20');
    const diterima = new Date('2026-11-23T04:05:30Z');
    expect(formatTanggalTampil({ nilai: diterima, hariSaja: false })).toBe('23 November 2026 11.05');
    expect(isoTanggalTampil({ nilai: diterima, hariSaja: false })).toBe('2026-11-23T04:05Z');
  });

  it("writes a report's period and month in words, a single day once (they read 2026-12-01 s.d. 2026-12-06, 2026-12)", () => {
    expect(formatRentangHari('2026-12-01', '2026-12-06')).toBe('1 Desember 2026 s.d. 6 Desember 2026');
    expect(formatRentangHari('2025-12-29', '2026-01-02')).toBe('29 Desember 2025 s.d. 2 Januari 2026');
    expect(formatRentangHari('2026-12-06', '2026-12-06')).toBe('6 Desember 2026');
    expect(formatBulan('2026-12')).toBe('Desember 2026');
    expect(formatBulan('2027-01')).toBe('Januari 2027');
  });

  it("reads a date field's day back with its weekday, and nothing for what is not a day", () => {
    expect(formatHariLengkap('2026-11-20')).toBe('Jumat, 20 November 2026');
    // 05/11 in a month-first field is May the eleventh, not the fifth of November.
    expect(formatHariLengkap('2026-05-11')).toBe('Senin, 11 Mei 2026');
    expect(formatHariLengkap('2028-02-29')).toBe('Selasa, 29 Februari 2028');
    for (const bukan of ['', '2026-02-30', '2026-13-01', '2026-1-1', '20261-01-01', '2026-11-20T00:00', 'x']) expect(formatHariLengkap(bukan)).toBeNull();
  });

  it('pages and components format dates only through lib/domain/tanggal', () => {
    const files = (dir: string): string[] =>
      readdirSync(dir).flatMap((name) => {
        const p = path.join(dir, name);
        return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(name) ? [p] : [];
      });
    const own = /Intl\.DateTimeFormat|toLocaleDateString|toLocaleTimeString|toLocaleString\((?!'id-ID'\))/;
    const offenders = [...files('app'), ...files('components')].filter((f) => own.test(readFileSync(f, 'utf8')));
    expect(offenders).toEqual([]);
  });
});
