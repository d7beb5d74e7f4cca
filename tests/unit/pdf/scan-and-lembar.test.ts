import { writeFileSync } from 'node:fs';
import { PDFDocument } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { tindakLanjutSchema } from '@/lib/domain/disposisi/tindak-lanjut-schema';
import { printable } from '@/lib/pdf/layout/printable';
import { renderLembarDisposisi } from '@/lib/pdf/lembar-disposisi/render-lembar-disposisi';
import type { LembarDisposisiData } from '@/lib/pdf/lembar-disposisi/types';
import { scanToPdf } from '@/lib/pdf/pindaian/scan-to-pdf';
import { asFile, tinyPdf, tinyPng } from '../../support/fixtures';
import { pdfFonts, pdfLineSegments, pdfText, pdfUncompressed, pdfWordBoxes, qpdfCheck, type WordBox } from '../../support/pdf-tools';

describe('scanToPdf', () => {
  it('keeps a PDF as it is', async () => {
    const pdf = await tinyPdf();
    expect(await scanToPdf(pdf, 'pdf')).toBe(pdf);
  });

  it.each([
    ['portrait', 600, 850, [595.28, 841.89]],
    ['landscape', 900, 400, [841.89, 595.28]],
  ] as const)('puts a %s PNG on one A4 page', async (_name, w, h, size) => {
    const doc = await PDFDocument.load(await scanToPdf(tinyPng(w, h), 'png'));
    expect(doc.getPageCount()).toBe(1);
    const page = doc.getPage(0);
    expect([page.getWidth(), page.getHeight()]).toEqual(size);
  });

  it('refuses a file that only starts like a PDF', async () => {
    await expect(scanToPdf(new Uint8Array([...Buffer.from('%PDF-1.7\n'), 1, 2, 3]), 'pdf')).rejects.toThrow();
  });
});

describe('printable', () => {
  it.each([
    ['“Satu Data” — 2026…', '“Satu Data” — 2026…'],
    ['baris\nbaru\tdan tab', 'baris baru dan tab'],
    ['Ṡaleh Ā. Pratama', 'Ṡaleh Ā. Pratama'],
    // "a" + combining macron becomes the composed "ā" the font has a glyph for.
    ['Pratāma', 'Pratāma'],
    ['nol\u200blebar\u0007', 'nollebar'],
  ])('%j -> %j', (input, expected) => {
    expect(printable(input)).toBe(expected);
  });
});

const UNICODE_NAMA = 'Ṡaleh Ā. Pratāma';
const UNICODE_CATATAN = 'Mohon “segera” dihadiri — Ibu Ñuñez, Bapak Łukasz, Đặng Thị Hương…';

function lembarData(over: Partial<LembarDisposisiData> = {}): LembarDisposisiData {
  return {
    instansi: 'Pemerintah Provinsi Nusa Indah',
    opd: 'Dinas Komunikasi dan Informatika',
    alamat: 'Jl. Merdeka No. 1, Kota Nusa, Telp. (0361) 123456, diskominfo@nusaindah.go.id',
    agenda: {
      suratDari: `${UNICODE_NAMA}, Kementerian Dalam Negeri`,
      nomorSurat: '005/123/KEMENDAGRI',
      tanggalSurat: '20 November 2026',
      diterima: '23 November 2026 09.15',
      nomorAgenda: '17/2026',
      sifat: 'Penting',
      klasifikasiKeamanan: 'Terbatas',
      kecepatan: 'Segera',
      klasifikasi: '000.1 Ketatausahaan dan Kerumahtanggaan',
      lampiran: '2 berkas',
      perihal: 'Undangan rapat koordinasi “Satu Data” — 2026',
    },
    instruksi: ['Untuk diketahui', 'Untuk ditindaklanjuti', 'Hadiri / wakili', 'Laporkan hasilnya'].map((teks, i) => ({ teks, dicentang: i % 2 === 1 })),
    diteruskanKepada: ['Kepala Bidang Aplikasi Informatika', 'Sekretaris'],
    catatanPimpinan: UNICODE_CATATAN,
    riwayat: [{ tanggal: '23 November 2026 10.02', dari: 'Kepala Dinas', kepada: ['Kepala Bidang Aplikasi Informatika (dibaca)'], isi: `Untuk ditindaklanjuti. Catatan: ${UNICODE_CATATAN}`, batasWaktu: '25 November 2026' }],
    dicetak: `Dicetak dari e-Office pada 23 November 2026 10.30 oleh ${UNICODE_NAMA}.`,
    ...over,
  };
}

describe('renderLembarDisposisi', () => {
  it('prints names and notes outside WinAnsi with the embedded fonts, on one sound page', async () => {
    const pdf = await renderLembarDisposisi(lembarData());
    if (process.env.LEMBAR_OUT) writeFileSync(process.env.LEMBAR_OUT, pdf);
    const doc = await PDFDocument.load(pdf);
    expect(doc.getPageCount()).toBe(1);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    for (const expected of [UNICODE_NAMA, '“segera”', 'Ñuñez', 'Łukasz', 'Penting', 'Terbatas', 'Segera', 'Keamanan']) expect(text).toContain(expected);
    const fonts = (await pdfFonts(pdf)).split('\n').filter((l) => /Liberation/.test(l));
    expect(fonts.length).toBeGreaterThanOrEqual(2);
    // Every font embedded, with a ToUnicode map (text search and copy work): no Helvetica left
    // for a viewer to substitute.
    expect(fonts.every((l) => / yes +(yes|no) +yes +\d/.test(l))).toBe(true);
    expect(await pdfFonts(pdf)).not.toMatch(/Helvetica/);
    const check = await qpdfCheck(pdf);
    expect(check.ok, check.output).toBe(true);
  });

  it('does not fail on characters the font lacks (they print as an empty box)', async () => {
    const pdf = await renderLembarDisposisi(lembarData({ catatanPimpinan: 'Lihat ✓ 日本 😀 ok' }));
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    expect(await pdfText(pdf)).toContain('ok');
  });

  it('ends a catatan or a history cell that is cut with "…"', async () => {
    const panjang = `${'Mohon dikoordinasikan dengan seluruh kepala bidang untuk menyiapkan bahan paparan dan data dukung. '.repeat(6)}AKHIR`;
    const riwayat = [{ ...lembarData().riwayat[0], isi: `Catatan: ${panjang}` }];
    const text = (await pdfText(await renderLembarDisposisi(lembarData({ catatanPimpinan: panjang, riwayat })))).replace(/\s+/g, ' ');
    expect(text).not.toContain('AKHIR');
    expect(text.match(/…/g)?.length).toBeGreaterThanOrEqual(2);
  });

  it.each([
    ['no disposisi yet', { riwayat: [] }, ['Belum', 'ada', 'disposisi.']],
    ['more history than fits', { riwayat: Array.from({ length: 60 }, (_, i) => ({ ...lembarData().riwayat[0], isi: `Disposisi ke-${i + 1}. ${UNICODE_CATATAN}` })) }, ['sebelumnya', 'tidak', 'muat;']],
  ] as const)('keeps the table note inside the table, crossed by no column line (%s)', async (_name, over, words) => {
    const pdf = await renderLembarDisposisi(lembarData(over as Partial<LembarDisposisiData>));
    const boxes = (await pdfWordBoxes(pdf, 841.89)).filter((b) => (words as readonly string[]).includes(b.word));
    expect(boxes.map((b) => b.word)).toEqual(words);
    const crosses = (b: WordBox) => (l: { x1: number; y1: number; x2: number; y2: number }) =>
      l.x1 === l.x2 && l.x1 > b.xMin && l.x1 < b.xMax && Math.min(l.y1, l.y2) < (b.yMin + b.yMax) / 2 && Math.max(l.y1, l.y2) > (b.yMin + b.yMax) / 2;
    const lines = await pdfLineSegments(pdf);
    for (const b of boxes) expect(lines.filter(crosses(b)), b.word).toEqual([]);
    for (const b of boxes) expect(b.xMax).toBeLessThan(595.28 - 36);
  });

  it('prints an empty form before any disposisi: no tick and no dash beside "Diteruskan kepada" or "Catatan"', async () => {
    // A tick is the only stroke drawn 1.2 pt wide (checkbox()).
    const ticks = async (pdf: Uint8Array) => ((await pdfUncompressed(pdf)).match(/^1\.2 w$/gm) ?? []).length;
    const blank = lembarData({ diteruskanKepada: [], catatanPimpinan: '', riwayat: [], instruksi: lembarData().instruksi.map((i) => ({ ...i, dicentang: false })) });
    const pdf = await renderLembarDisposisi(blank);
    const text = (await pdfText(pdf)).replace(/\s+/g, ' ');
    // Every agenda field is filled in lembarData, so any lone dash would be the form's own.
    expect(text).toContain('Diteruskan kepada:');
    expect(text.split(' ').filter((word) => word === '-')).toEqual([]);
    expect(await ticks(pdf)).toBe(0);
    // The same form with a disposisi ticks its recipients and instructions.
    expect(await ticks(await renderLembarDisposisi(lembarData()))).toBeGreaterThan(0);
  });

  it('shows a missing sifat as a dash', async () => {
    const data = lembarData();
    const pdf = await renderLembarDisposisi({ ...data, agenda: { ...data.agenda, sifat: '-' } });
    expect((await pdfText(pdf)).replace(/\s+/g, ' ')).toMatch(/Sifat -/);
  });
});

describe('tindakLanjutSchema lampiran', () => {
  const base = { penerimaDisposisiId: '0196f3a0-0000-7000-8000-000000000001', catatan: 'ok' };
  it('treats an empty file input as no attachment', () => {
    expect(tindakLanjutSchema.parse({ ...base, lampiran: new File([], '') }).lampiran).toEqual([]);
  });
  it('refuses more than five files and an oversized one', () => {
    const six = Array.from({ length: 6 }, (_, i) => asFile(new Uint8Array([1]), `${i}.pdf`));
    expect(tindakLanjutSchema.safeParse({ ...base, lampiran: six }).error?.issues[0].message).toBe('Paling banyak 5 lampiran.');
    expect(tindakLanjutSchema.safeParse({ ...base, lampiran: asFile(new Uint8Array(21 * 1024 * 1024), 'besar.pdf') }).error?.issues[0].message).toBe('Berkas terlalu besar: paling besar 20 MB.');
  });
});
