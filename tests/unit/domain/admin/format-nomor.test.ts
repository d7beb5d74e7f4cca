import { describe, expect, it } from 'vitest';
import { templatePenomoranSchema } from '@/lib/domain/admin/schemas';
import { bulanRomawi, checkTemplate, checkTemplateCharacters, DEFAULT_TEMPLATE, formatNomor } from '@/lib/domain/penomoran/format-nomor';
import { TEMPLATE_PENOMORAN } from '@/prisma/seed/data/penomoran';

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

describe('checkTemplateCharacters (and the saved template’s schema)', () => {
  const form = (template: string) => templatePenomoranSchema.safeParse({ opdId: '6f1c0a5e-3b1d-4b7e-9c2a-1d2e3f4a5b6c', jenis: '', template, panjangNomor: '4' });

  // What the seed, the tests and Permendagri 83/2022 numbers use stays accepted.
  it.each([
    ...TEMPLATE_PENOMORAN.map((t) => t.template),
    DEFAULT_TEMPLATE,
    'B-{nomor}/{unit}/{klasifikasi}/{bulan}/{tahun}',
    '{jenis}.{nomor}/{unit}/{bulan_romawi}/{tahun}',
    'NOMOR {nomor} TAHUN {tahun}',
    'Kep.{nomor}/BKPSDM_{unit}/{tahun}',
    'SE (Sekda) {nomor}, {tahun}: {unit}',
  ])('accepts %s', (template) => {
    expect(checkTemplateCharacters(template)).toEqual({ ok: true });
    expect(form(template).success).toBe(true);
  });

  it.each([
    ['{nomor}/<b>{unit}</b>', '“<”, “>”'],
    ['{nomor}/"{unit}"', '“"”'],
    ["{nomor}/{unit}'s", '“\'”'],
    ['{nomor};DROP', '“;”'],
    ['{nomor}&{tahun}', '“&”'],
  ])('refuses %s on the template field, naming %s', (template, named) => {
    const check = checkTemplateCharacters(template);
    expect(check.ok).toBe(false);
    if (!check.ok) expect(check.message).toContain(`tidak boleh memuat ${named}`);
    const parsed = form(template);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([['template', expect.stringContaining(named)]]);
  });
});
