import { describe, expect, it } from 'vitest';
import { DIFF_SEL_MAKS, diffParagraphs, diffWords } from '@/lib/domain/naskah/diff';
import { emptyKonten } from '@/lib/domain/naskah/konten-fields';
import { KONTEN_TOO_LARGE_MESSAGE, prepareKonten } from '@/lib/domain/naskah/prepare-konten';
import { richTextToParagraphs, sanitizeRichText } from '@/lib/domain/naskah/rich-text';
import { JENIS_NASKAH_DIDUKUNG, isJenisDidukung } from '@/lib/domain/naskah/konten';

describe('sanitizeRichText', () => {
  it.each([
    ['<p>a<script>alert(1)</script></p>', '<p>a</p>'],
    ['<p onclick="x()" style="color:red" class="c">a</p>', '<p>a</p>'],
    ['<a href="javascript:alert(1)">t</a>', 't'],
    ['<img src=x onerror=alert(1)>b', 'b'],
    ['<style>p{}</style><p>c</p>', '<p>c</p>'],
    ['<iframe src="//x"></iframe><p>d</p>', '<p>d</p>'],
    ['<b>e</b><i>f</i><u>g</u>', '<strong>e</strong><em>f</em><u>g</u>'],
    ['<ol type="a"><li>x</li></ol>', '<ol type="a"><li>x</li></ol>'],
    ['<ol type="I" start="3"><li>x</li></ol>', '<ol><li>x</li></ol>'],
    ['<h1>Judul</h1>', 'Judul'],
    ['<table style="width:1px"><colgroup><col></colgroup><tbody><tr><th colspan="2" onclick="x">h</th></tr></tbody></table>', '<table><tbody><tr><th colspan="2">h</th></tr></tbody></table>'],
  ])('%s', (input, expected) => {
    expect(sanitizeRichText(input)).toBe(expected);
  });

  it('turns rich text into paragraphs of plain text', () => {
    expect(richTextToParagraphs('<p>Satu &amp; dua</p><ul><li>tiga</li></ul><p>empat<br>lima</p>')).toEqual(['Satu & dua', 'tiga', 'empat', 'lima']);
  });
});

describe('prepareKonten', () => {
  it.each(JENIS_NASKAH_DIDUKUNG)('an empty %s is stored as incomplete, not refused', (jenis) => {
    const r = prepareKonten(jenis, emptyKonten(jenis));
    expect(r.ok).toBe(true);
    if (r.ok) expect(r.complete).toBe(false);
  });

  it('drops unknown fields and sanitizes rich fields; a complete konten passes', () => {
    const r = prepareKonten('NOTA_DINAS', { isi: '<p>ok<script>x</script></p>', lain: 1 });
    expect(r).toEqual({ ok: true, konten: { isi: '<p>ok</p>' }, complete: true, missing: {} });
  });

  it('refuses wrong types, too-long fields and a body over 5 MB', () => {
    expect(prepareKonten('NOTA_DINAS', { isi: 5 })).toMatchObject({ ok: false });
    expect(prepareKonten('NOTA_DINAS', 'teks')).toMatchObject({ ok: false });
    expect(prepareKonten('NOTA_DINAS', { isi: `<p>${'a'.repeat(200_001)}</p>` })).toMatchObject({ ok: false, message: expect.stringContaining('terlalu panjang') });
    expect(prepareKonten('NOTA_DINAS', { isi: 'a'.repeat(5 * 1024 * 1024 + 1) })).toMatchObject({ ok: false, message: KONTEN_TOO_LARGE_MESSAGE });
  });

  it('names what is missing', () => {
    const r = prepareKonten('SURAT_UNDANGAN', { ...emptyKonten('SURAT_UNDANGAN'), pembuka: '<p>x</p>', penutup: '<p>y</p>', waktu: '09.00', tempat: 'R', acara: 'A' });
    expect(r.ok && Object.keys(r.missing)).toEqual(['tanggal']);
    const blank = prepareKonten('NOTA_DINAS', { isi: '<p> </p><ul><li></li></ul>' });
    expect(blank).toMatchObject({ ok: true, complete: false, missing: { isi: ['Bagian ini belum diisi.'] } });
  });
});

describe('diff', () => {
  it('marks changed words', () => {
    expect(diffWords('rapat koordinasi SPBE', 'rapat koordinasi SPBE tahap II').right.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['tahap', 'II']);
  });
  it('aligns paragraphs: same, changed, added, removed', () => {
    const rows = diffParagraphs(['a', 'b c', 'd'], ['a', 'b x', 'e', 'f']);
    expect(rows.map((r) => r.kind)).toEqual(['same', 'changed', 'changed', 'added']);
    expect(rows[1]!.right).toEqual([{ kind: 'same', text: 'b' }, { kind: 'added', text: 'x' }]);
    expect(diffParagraphs(['a', 'b'], ['a']).map((r) => r.kind)).toEqual(['same', 'removed']);
  });

  // A paragraph may hold 200,000 characters (30,000 words): the whole LCS table of two of them is
  // 900 million cells, which took the process's heap (5,000 words took 1.1 s and 213 MB before).
  const kata = (n: number, tanda: string) => Array.from({ length: n }, (_, i) => `kata${i}${tanda}`).join(' ');

  it('compares two 30,000-word paragraphs that differ in one word exactly, in well under a second', () => {
    const kiri = kata(30_000, '');
    const kanan = kiri.replace('kata15000 ', 'kata15000x ');
    const mulai = performance.now();
    const { left, right } = diffWords(kiri, kanan);
    expect(performance.now() - mulai).toBeLessThan(1_000);
    expect(left.filter((p) => p.kind === 'removed').map((p) => p.text)).toEqual(['kata15000']);
    expect(right.filter((p) => p.kind === 'added').map((p) => p.text)).toEqual(['kata15000x']);
    expect(right.filter((p) => p.kind === 'same')).toHaveLength(29_999);
  });

  it('shows two wholly different 30,000-word paragraphs as removed and added, within its budget of time and memory', () => {
    const heap = process.memoryUsage().heapUsed;
    const mulai = performance.now();
    const { left, right } = diffWords(kata(30_000, 'a'), kata(30_000, 'b'));
    expect(performance.now() - mulai).toBeLessThan(1_000);
    expect(process.memoryUsage().heapUsed - heap).toBeLessThan(200_000_000);
    expect(left.every((p) => p.kind === 'removed') && left.length === 30_000).toBe(true);
    expect(right.every((p) => p.kind === 'added') && right.length === 30_000).toBe(true);
  });

  it('shares one budget across a comparison: 100,000 tiny paragraphs, every one changed, end in bounded time', () => {
    const kiri = Array.from({ length: 100_000 }, (_, i) => `a${i}`);
    const kanan = Array.from({ length: 100_000 }, (_, i) => `b${i}`);
    const mulai = performance.now();
    const rows = diffParagraphs(kiri, kanan, { sisa: DIFF_SEL_MAKS });
    expect(performance.now() - mulai).toBeLessThan(2_000);
    expect(rows).toHaveLength(100_000);
    expect(rows.every((r) => r.kind === 'changed')).toBe(true);
  });
});

describe('isJenisDidukung', () => {
  it.each([
    ['SURAT_TUGAS', true],
    ['TELAAHAN_STAF', true],
    ['PERATURAN', false],
    ['surat_tugas', false],
    ['', false],
    [null, false],
    [undefined, false],
  ])('%s -> %s', (jenis, ok) => {
    expect(isJenisDidukung(jenis)).toBe(ok);
  });
});
