// Printed report tables: column widths from content, cell text wrapped and cut to its column.
import { describe, expect, it } from 'vitest';
import { barisSel, potong, type UkurTeks } from '@/lib/pdf/layout/cell-text';
import { lebarKolom, type KolomAlami } from '@/lib/pdf/layout/table-columns';

// One unit a character, so widths read as character counts.
const ukur: UkurTeks = (t) => Array.from(t).length;
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const teks = (alami: number, minimum = 10): KolomAlami => ({ alami, minimum, angka: false });
const angka = (alami: number): KolomAlami => ({ alami, minimum: alami, angka: true });

describe('lebarKolom', () => {
  it('gives the spare width to the text columns in proportion when everything fits', () => {
    const w = lebarKolom([teks(100), angka(30), teks(50)], 360);
    expect(w[1]).toBe(30);
    expect(w[0]).toBeCloseTo(100 + 180 * (100 / 150));
    expect(w[2]).toBeCloseTo(50 + 180 * (50 / 150));
    expect(sum(w)).toBeCloseTo(360);
  });

  it('keeps the figures and a NIP whole and shares the rest evenly among the long texts', () => {
    // NIP, nama, jabatan, OPD, five counts: the kinerja table on a landscape page.
    const w = lebarKolom([teks(98, 98), teks(170), teks(260), teks(180), angka(45), angka(45), angka(45), angka(45), angka(60)], 761);
    expect(w[0]).toBe(98);
    expect(w.slice(4)).toEqual([45, 45, 45, 45, 60]);
    const share = (761 - 98 - 240) / 3;
    expect(w[1]).toBeCloseTo(share);
    expect(w[2]).toBeCloseTo(share);
    expect(w[3]).toBeCloseTo(share);
    expect(sum(w)).toBeCloseTo(761);
  });

  it('lets a column narrower than an even share keep its width and splits what it leaves', () => {
    const w = lebarKolom([teks(40), teks(300), teks(300)], 300);
    expect(w[0]).toBe(40);
    expect(w[1]).toBeCloseTo(130);
    expect(w[2]).toBeCloseTo(130);
  });

  it('raises a column to its longest word, taken from the widest', () => {
    const w = lebarKolom([teks(200, 20), teks(400, 150), teks(400, 20)], 300);
    expect(w[1]).toBe(150);
    expect(sum(w)).toBeCloseTo(300);
    expect(Math.min(...w)).toBeGreaterThanOrEqual(20);
  });

  it('shrinks everything in proportion when the figures alone overflow', () => {
    const w = lebarKolom([teks(50), angka(200), angka(200)], 300);
    expect(sum(w)).toBeCloseTo(300);
    expect(w[1]).toBeCloseTo(w[2]!);
  });
});

describe('barisSel and potong', () => {
  it('leaves a text that fits on one line alone', () => {
    expect(barisSel('Dinas Kesehatan', 20, 2, ukur)).toEqual(['Dinas Kesehatan']);
  });

  it('wraps at spaces and cuts what is left after the last line with an ellipsis', () => {
    const lines = barisSel('Kepala Subbagian Umum dan Kepegawaian Sekretariat Daerah', 20, 2, ukur);
    expect(lines).toEqual(['Kepala Subbagian', 'Umum dan Kepegawaia…']);
    for (const l of lines) expect(ukur(l)).toBeLessThanOrEqual(20);
  });

  it('breaks a word wider than the column by characters instead of running into the next', () => {
    const lines = barisSel('197006171996031002197006171996031002', 18, 2, ukur);
    expect(lines[0]).toBe('197006171996031002');
    for (const l of lines) expect(ukur(l)).toBeLessThanOrEqual(18);
  });

  it('drops control characters and line breaks from what is printed', () => {
    expect(barisSel('Ahmad\u0000 Fauzi\r\nLubis\u202e', 40, 2, ukur)).toEqual(['Ahmad Fauzi Lubis']);
    expect(potong('a\u0007b', 10, ukur)).toBe('ab');
  });

  it('cuts to the longest start that fits with the ellipsis, at least one character', () => {
    expect(potong('Perencanaan', 6, ukur)).toBe('Peren…');
    expect(ukur(potong('Perencanaan', 6, ukur))).toBe(6);
    expect(potong('Perencanaan', 1, ukur)).toBe('P…');
  });
});
