import { describe, expect, it } from 'vitest';
import { formatLampiran, formatSifat, labelDiktum, terbilang } from '@/lib/domain/naskah/atribut-naskah';
import { formatHariTanggal, formatTanggalNaskah, formatWaktuSingkat, namaHari } from '@/lib/domain/naskah/tanggal-naskah';

describe('tanggal naskah', () => {
  it.each([
    ['2026-12-07', '7 Desember 2026', 'Senin'],
    ['2026-01-01', '1 Januari 2026', 'Kamis'],
    ['2024-02-29', '29 Februari 2024', 'Kamis'],
    ['2026-08-17', '17 Agustus 2026', 'Senin'],
    ['2026-11-22', '22 November 2026', 'Minggu'],
    ['2026-12-12', '12 Desember 2026', 'Sabtu'],
  ])('%s -> %s (%s)', (iso, tanggal, hari) => {
    expect(formatTanggalNaskah(iso)).toBe(tanggal);
    expect(namaHari(iso)).toBe(hari);
    expect(formatHariTanggal(iso)).toBe(`${hari}, ${tanggal}`);
  });

  it('reads a Date in WIB: 23.30 WIB stays on its day, 17.30 UTC is the next day in WIB', () => {
    expect(formatTanggalNaskah(new Date('2026-12-07T16:30:00Z'))).toBe('7 Desember 2026');
    expect(formatTanggalNaskah(new Date('2026-12-07T17:30:00Z'))).toBe('8 Desember 2026');
    expect(formatTanggalNaskah(new Date('2026-12-07T17:30:00Z'), 'Asia/Makassar')).toBe('8 Desember 2026');
    expect(formatTanggalNaskah(new Date('2026-12-07T15:30:00Z'), 'Asia/Makassar')).toBe('7 Desember 2026');
  });

  it.each(['2026-02-30', '2026-13-01', '7 Desember 2026', ''])('refuses %j', (bad) => {
    expect(() => formatTanggalNaskah(bad)).toThrow(RangeError);
  });

  it('formats the paraf time compactly', () => {
    expect(formatWaktuSingkat(new Date('2026-12-04T02:15:00Z'))).toBe('04/12/2026 09.15');
  });
});

describe('atribut naskah', () => {
  it.each([
    [1, 'satu'],
    [10, 'sepuluh'],
    [11, 'sebelas'],
    [12, 'dua belas'],
    [19, 'sembilan belas'],
    [20, 'dua puluh'],
    [45, 'empat puluh lima'],
    [100, 'seratus'],
    [111, 'seratus sebelas'],
    [250, 'dua ratus lima puluh'],
  ])('terbilang(%i) = %s', (n, word) => expect(terbilang(n)).toBe(word));

  it.each([
    [0, null, '-'],
    [1, null, '1 (satu) berkas'],
    [2, 'eksemplar', '2 (dua) eksemplar'],
    [12, '  ', '12 (dua belas) berkas'],
  ])('lampiran %i %j -> %s', (n, satuan, text) => expect(formatLampiran(n, satuan)).toBe(text));

  it.each([
    ['BIASA', 'BIASA', 'Biasa'],
    ['BIASA', 'SEGERA', 'Segera'],
    ['RAHASIA', 'BIASA', 'Rahasia'],
    ['SANGAT_RAHASIA', 'SANGAT_SEGERA', 'Sangat Rahasia, Sangat Segera'],
  ] as const)('sifat %s + %s -> %s', (k, d, text) => expect(formatSifat(k, d)).toBe(text));

  it.each([
    [1, 'KESATU'],
    [2, 'KEDUA'],
    [10, 'KESEPULUH'],
    [11, 'KESEBELAS'],
    [12, 'KEDUA BELAS'],
    [21, 'KEDUA PULUH SATU'],
  ])('diktum %i -> %s', (n, label) => expect(labelDiktum(n)).toBe(label));
});
