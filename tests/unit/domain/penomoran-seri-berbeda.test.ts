import { describe, expect, it } from 'vitest';
import { checkSeriBerbeda, type TemplateSeri } from '@/lib/domain/penomoran/seri-berbeda';

const t = (jenis: string | null, template: string, urutanPerJenis: boolean): TemplateSeri => ({ jenis, template, urutanPerJenis });

describe('checkSeriBerbeda', () => {
  it.each<[string, TemplateSeri[], boolean]>([
    ['the review case: Surat Dinas with its own sequence prints like the OPD default', [t('SURAT_DINAS', '{klasifikasi}/{nomor}/{unit}/{tahun}', true)], false],
    ['the same against an explicit default row', [t(null, '{klasifikasi}/{nomor}/{unit}/{tahun}', false), t('SURAT_DINAS', '{klasifikasi}/{nomor}/{unit}/{tahun}', true)], false],
    ['an OPD default with per-jenis sequences but no {jenis}', [t(null, '{klasifikasi}/{nomor}/{unit}/{tahun}', true)], false],
    ['two per-jenis sequences printing alike', [t(null, '{nomor}/{tahun}', false), t('SURAT_DINAS', 'X/{nomor}/{tahun}', true), t('NOTA_DINAS', 'X/{nomor}/{tahun}', true)], false],
    ['a per-jenis sequence that prints {jenis}', [t('SURAT_DINAS', '{klasifikasi}/{jenis}-{nomor}/{unit}/{tahun}', true)], true],
    ['an OPD default with per-jenis sequences and {jenis}', [t(null, '{jenis}/{nomor}/{unit}/{tahun}', true)], true],
    ['Keputusan with its own text', [t('KEPUTUSAN', 'NOMOR {nomor} TAHUN {tahun}', true)], true],
    ['one shared sequence, several looks', [t(null, '{klasifikasi}/{nomor}/{unit}/{tahun}', false), t('SURAT_DINAS', '{klasifikasi}/{nomor}/{unit}/{tahun}', false)], true],
    ['no templates at all', [], true],
  ])('%s', (_name, templates, ok) => {
    const result = checkSeriBerbeda(templates);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.message).toContain('{jenis}');
  });
});
