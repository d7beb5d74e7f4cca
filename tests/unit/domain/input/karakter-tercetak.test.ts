import { describe, expect, it } from 'vitest';
import { karakterTakTercetak, pesanKarakterTakTercetak, saranKarakterTakTercetak } from '@/lib/domain/input/karakter-tercetak';
import { RENTANG_KARAKTER_TERCETAK } from '@/lib/domain/input/karakter-tercetak-data';
import { saveKonsepSchema } from '@/lib/domain/naskah/konsep-schema';
import { prepareKonten } from '@/lib/domain/naskah/prepare-konten';
import { rentangKarakterFont } from '@/lib/pdf/cakupan-font';

describe('karakterTakTercetak (the embedded fonts’ cmap)', () => {
  it('is the same table the fonts’ cmaps give (run scripts/make-karakter-tercetak.ts after changing a font)', async () => {
    expect(RENTANG_KARAKTER_TERCETAK).toEqual(await rentangKarakterFont());
  });

  it.each([
    ['Rapat koordinasi “Satu Data” — 2026…', []],
    ['Ṡaleh Ā. Pratāma, Ñuñez, Łukasz, Đặng Thị Hương', []],
    ['baris\nbaru\tdan\u00a0spasi, nol\u200blebar', []],
    ['Pratāma', []],
    ['Mohon segera 😀 ditindaklanjuti 😀', ['😀']],
    ['Oke 👍🏽', ['👍🏽']],
    ['السلام عليكم', ['ا', 'ل', 'س', 'م', 'ع', 'ي', 'ك']],
    ['東京 ✓', ['東', '京', '✓']],
  ])('%j -> %j', (text, expected) => {
    expect(karakterTakTercetak(text)).toEqual(expected);
  });

  it('names at most five characters in an Indonesian message', () => {
    expect(pesanKarakterTakTercetak(['😀'])).toBe('Karakter “😀” tidak dapat dicetak pada PDF (hurufnya tidak tersedia) dan akan tampil sebagai kotak kosong. Hapus atau ganti karakter tersebut.');
    expect(pesanKarakterTakTercetak(['a', 'b', 'c', 'd', 'e', 'f', 'g'])).toContain('“e” dan 2 lainnya tidak dapat');
  });
});

describe('a naskah with characters the PDF cannot print is refused on the field, naming them', () => {
  it('in the body', () => {
    const result = prepareKonten('NOTA_DINAS', { isi: '<p>Mohon hadir 🙏 tepat waktu</p>' });
    expect(result).toMatchObject({ ok: false, message: pesanKarakterTakTercetak(['🙏']), fieldErrors: { isi: [pesanKarakterTakTercetak(['🙏'])] } });
  });

  it('as an entity in the body, which the sanitizer decodes', () => {
    expect(prepareKonten('NOTA_DINAS', { isi: '<p>Mohon hadir &#128591;</p>' })).toMatchObject({ ok: false, fieldErrors: { isi: [pesanKarakterTakTercetak(['🙏'])] } });
  });

  it('in a line, a point and a petugas', () => {
    expect(prepareKonten('SURAT_UNDANGAN', { tempat: 'Aula ع', pembuka: '', penutup: '' })).toMatchObject({ ok: false, fieldErrors: { tempat: [pesanKarakterTakTercetak(['ع'])] } });
    expect(prepareKonten('SURAT_TUGAS', { dasar: ['Peraturan 😀'], petugas: [], untuk: [] })).toMatchObject({ ok: false, fieldErrors: { dasar: [pesanKarakterTakTercetak(['😀'])] } });
    expect(prepareKonten('SURAT_TUGAS', { dasar: [], petugas: [{ nama: 'Budi 😀', jabatan: 'Staf' }], untuk: [] })).toMatchObject({ ok: false, fieldErrors: { petugas: [pesanKarakterTakTercetak(['😀'])] } });
  });

  it('in the hal and an external addressee', () => {
    const base = { naskahId: '0196f3a0-0000-7000-8000-000000000001', mode: 'autosave', konten: {} };
    const hal = saveKonsepSchema.safeParse({ ...base, perihal: 'Undangan 🎉' });
    expect(hal.error?.issues).toMatchObject([{ path: ['perihal'], message: pesanKarakterTakTercetak(['🎉']) }]);
    const tujuan = saveKonsepSchema.safeParse({ ...base, perihal: 'Undangan', tujuan: [{ nama: 'Kedutaan 東京', alamat: '' }] });
    expect(tujuan.error?.issues).toMatchObject([{ path: ['tujuan', 0, 'nama'], message: pesanKarakterTakTercetak(['東', '京']) }]);
  });

  it('keeps Latin with diacritics and typographic punctuation', () => {
    expect(prepareKonten('NOTA_DINAS', { isi: '<p>Ibu Ñuñez — “Ṡaleh” Ā. Pratāma…</p>' }).ok).toBe(true);
  });
});

describe('a disposisi catatan', () => {
  it('hints, without refusing, that a catatan\'s emoji prints as a box on the lembar', () => {
    expect(saranKarakterTakTercetak(karakterTakTercetak('Setuju 👍👍, lanjutkan'))).toBe('“👍” tampil di aplikasi, tetapi tercetak sebagai kotak kosong pada lembar disposisi. Tulis dengan kata bila catatan ini perlu tercetak.');
    expect(saranKarakterTakTercetak(['a', 'b', 'c', 'd', 'e', 'f'])).toMatch(/^“a”, “b”, “c”, “d”, “e” dan 1 lainnya tampil/);
  });
});
