import { describe, expect, it } from 'vitest';
import { FORBIDDEN_CHARACTER_MESSAGE, INVALID_DATE_MESSAGE } from '@/lib/domain/input/fields';
import { prepareKonten } from '@/lib/domain/naskah/prepare-konten';
import { htmlDepth, RICH_TEXT_MAX_DEPTH, RICH_TEXT_TOO_DEEP_MESSAGE } from '@/lib/domain/naskah/rich-text-depth';
import { saveKonsepSchema } from '@/lib/domain/naskah/konsep-schema';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { instruksiSchema, penugasanSchema } from '@/lib/domain/admin/schemas';
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';

const nested = (levels: number) => '<ul><li>'.repeat(levels) + 'isi' + '</li></ul>'.repeat(levels);
const UUID = '0196f3a0-0000-7000-8000-000000000001';

describe('rich-text depth', () => {
  it('counts element nesting linearly; void and self-closing tags do not nest', () => {
    expect(htmlDepth('<p>a<br>b<br/></p><p><strong>c</strong></p>', 64)).toBe(2);
    expect(htmlDepth(nested(3), 64)).toBe(6);
    expect(htmlDepth(nested(100_000), 64)).toBe(65);
  });
});

describe('prepareKonten refuses hostile bodies with a clear message, never throws', () => {
  it('a body nested 10,000 levels deep (the incident) is refused with the depth message', () => {
    const result = prepareKonten('NOTA_DINAS', { isi: nested(10_000) });
    expect(result).toMatchObject({ ok: false, message: RICH_TEXT_TOO_DEEP_MESSAGE });
  });

  it('a body as deep as the limit allows is kept', () => {
    const result = prepareKonten('NOTA_DINAS', { isi: nested(RICH_TEXT_MAX_DEPTH / 2) });
    expect(result.ok).toBe(true);
  });

  it('konten JSON nested 10,000 levels deep does not overflow the stack', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    expect(() => prepareKonten('NOTA_DINAS', { isi: deep })).not.toThrow();
    expect(prepareKonten('NOTA_DINAS', { isi: deep }).ok).toBe(false);
  });

  it('a NUL inside the body or a line field is refused with the character message', () => {
    expect(prepareKonten('NOTA_DINAS', { isi: '<p>a\u0000b</p>' })).toMatchObject({ ok: false, message: FORBIDDEN_CHARACTER_MESSAGE });
    expect(prepareKonten('PENGUMUMAN', { tentang: 'a\u0000b', isi: '<p>x</p>' })).toMatchObject({ ok: false, message: FORBIDDEN_CHARACTER_MESSAGE });
  });

  it('an impossible invitation date is refused; an empty one is still "not filled in yet"', () => {
    const base = { pembuka: '<p>a</p>', waktu: '09.00', tempat: 'Aula', acara: 'Rapat', penutup: '<p>b</p>' };
    expect(prepareKonten('SURAT_UNDANGAN', { ...base, tanggal: '2026-02-30' })).toMatchObject({ ok: false, message: INVALID_DATE_MESSAGE });
    expect(prepareKonten('SURAT_UNDANGAN', { ...base, tanggal: '' })).toMatchObject({ ok: true, complete: false });
  });
});

describe('the schemas use the shared policy', () => {
  const issue = (r: { success: boolean; error?: { issues: { message: string }[] } }) => r.error?.issues.map((i) => i.message);

  it('konsep perihal, disposisi instruksi and catatan, admin instruksi refuse NUL', () => {
    expect(issue(saveKonsepSchema.safeParse({ naskahId: UUID, mode: 'autosave', perihal: 'a\u0000b', konten: {} }))).toContain(FORBIDDEN_CHARACTER_MESSAGE);
    expect(issue(giveDisposisiSchema.safeParse({ naskahId: UUID, penerima: UUID, instruksi: 'Segera\u0000' }))).toContain(FORBIDDEN_CHARACTER_MESSAGE);
    expect(issue(giveDisposisiSchema.safeParse({ naskahId: UUID, penerima: UUID, catatan: 'x\u0000' }))).toContain(FORBIDDEN_CHARACTER_MESSAGE);
    expect(issue(instruksiSchema.safeParse({ opdId: UUID, teks: 'Untuk\u0000diketahui' }))).toContain(FORBIDDEN_CHARACTER_MESSAGE);
  });

  it('dates must be real calendar days', () => {
    expect(issue(giveDisposisiSchema.safeParse({ naskahId: UUID, penerima: UUID, catatan: 'x', batasWaktu: '2026-13-45' }))).toContain('Tanggal batas waktu tidak valid.');
    expect(issue(penugasanSchema.safeParse({ pegawaiId: UUID, jabatanId: UUID, jenis: 'PLT', mulai: '2026-02-30' }))).toContain(INVALID_DATE_MESSAGE);
    expect(issue(registerSuratMasukSchema.safeParse({ tanggalSurat: '2026-02-30' }))).toContain(INVALID_DATE_MESSAGE);
  });
});
