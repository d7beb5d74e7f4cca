import { describe, expect, it } from 'vitest';
import { bulanRomawi, checkTemplate, formatNomor } from '@/lib/domain/penomoran/format-nomor';

const tokens = { klasifikasi: '000.1.2.3', nomor: 157, unit: 'DISKOMINFO', tahun: 2026, bulan: 4, jenis: 'ND' };

describe('formatNomor', () => {
  it.each([
    ['{klasifikasi}/{nomor}/{unit}/{tahun}', 4, '000.1.2.3/0157/DISKOMINFO/2026'],
    ['B-{nomor}/{unit}/{klasifikasi}/{bulan}/{tahun}', 2, 'B-157/DISKOMINFO/000.1.2.3/04/2026'],
    ['{jenis}.{nomor}/{unit}/{bulan_romawi}/{tahun}', 3, 'ND.157/DISKOMINFO/IV/2026'],
    ['NOMOR {nomor} TAHUN {tahun}', 1, 'NOMOR 157 TAHUN 2026'],
  ])('%s (pad %i) -> %s', (template, pad, expected) => {
    expect(formatNomor(template, tokens, pad)).toBe(expected);
  });

  it('refuses a bad template, a zero sequence and a bad month', () => {
    expect(() => formatNomor('{nomer}/{tahun}', tokens)).toThrow();
    expect(() => formatNomor('{nomor}', { ...tokens, nomor: 0 })).toThrow();
    expect(() => formatNomor('{nomor}/{bulan_romawi}', { ...tokens, bulan: 13 })).toThrow();
  });
});

describe('checkTemplate', () => {
  it.each([
    ['{klasifikasi}/{nomor}/{unit}/{tahun}', true],
    ['', false],
    ['{klasifikasi}/{unit}/{tahun}', false], // no {nomor}
    ['{nomor}/{nomor}', false],
    ['{nomor}/{tanggal}', false], // unknown token
    ['{nomor}/{unit', false], // unbalanced
    ['{nomor}}', false],
    ['x'.repeat(121) + '{nomor}', false],
  ])('%s -> %s', (t, ok) => {
    expect(checkTemplate(t).ok).toBe(ok);
  });

  it('names the unknown token', () => {
    const r = checkTemplate('{nomor}/{tanggal}');
    if (r.ok) throw new Error('expected a refusal');
    expect(r.message).toContain('{tanggal}');
  });
});

describe('bulanRomawi', () => {
  it.each([[1, 'I'], [4, 'IV'], [9, 'IX'], [12, 'XII']])('%i -> %s', (b, r) => expect(bulanRomawi(b)).toBe(r));
});
