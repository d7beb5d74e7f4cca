// The printable report: A4, the cakupan and freshness on top, then each table, continuing onto new
// pages with its header repeated. A counting table gets a bar beside every count. Other tables
// size their columns from their content (lib/pdf/layout/table-columns.ts), wrap a long name or
// jabatan onto a second line and right-align figures; the page turns to landscape when a table
// (the kinerja evidence: NIP, nama, jabatan, OPD and five counts) cannot fit upright.
// Liberation Sans like every other PDF here.
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { createPdfDocument } from '@/lib/pdf/document';
import { embedFontSet } from '@/lib/pdf/fonts';
import { putText } from '@/lib/pdf/layout/canvas';
import { barisSel, potong, ukurTeks, type UkurTeks } from '@/lib/pdf/layout/cell-text';
import { lebarKolom, type KolomAlami } from '@/lib/pdf/layout/table-columns';
import type { Sel, Tabel } from '@/lib/domain/laporan/tabel';

const A4 = { pendek: 595.28, panjang: 841.89 };
const M = 40;
const INK = rgb(0.08, 0.1, 0.14);
const GREY = rgb(0.4, 0.44, 0.5);
const RULE = rgb(0.8, 0.82, 0.86);
const HAIRLINE = rgb(0.91, 0.92, 0.94);
const BAR = rgb(0.16, 0.4, 0.7);
const SIZE = 9;
const LINE = 11;
/** Space above and below a row's lines: a single line makes a 15 pt row. */
const ROW_PAD = 4;
/** Space on each side of a cell's text. */
const CELL_PAD = 3;
const MAX_LINES_CELL = 2;
const MAX_LINES_HEADER = 4;
/** A text column this wide holds a name or a jabatan in two lines; a table needing more turns the page. */
const TEKS_NYAMAN = 150;

const show = (v: Sel) => (v === null ? '–' : typeof v === 'number' ? v.toLocaleString('id-ID') : v);

interface Ukuran {
  regular: UkurTeks;
  bold: UkurTeks;
}

/** Every column's natural and narrowest width, from the header (bold, may wrap) and every cell. */
function kolomAlami(t: Tabel, ukur: Ukuran): KolomAlami[] {
  return t.kolom.map((judul, i) => {
    const sel = t.baris.map((r) => r[i] ?? null);
    const angka = sel.length > 0 && sel.every((v) => v === null || typeof v === 'number');
    let alami = 0;
    let kataTerlebar = 0;
    for (const kata of judul.split(' ')) kataTerlebar = Math.max(kataTerlebar, ukur.bold(kata));
    for (const v of sel) {
      const text = show(v);
      alami = Math.max(alami, ukur.regular(text));
      if (!angka) for (const kata of text.split(' ')) kataTerlebar = Math.max(kataTerlebar, ukur.regular(kata));
    }
    // A figure column is as wide as its widest figure or header word; the header wraps to fit it.
    if (angka) alami = Math.max(alami, kataTerlebar);
    else alami = Math.max(alami, ukur.bold(judul));
    // A text column need not be narrower than a short word, nor keep a long one whole.
    const minimum = Math.min(kataTerlebar, 90) + 2 * CELL_PAD;
    return { alami: alami + 2 * CELL_PAD, minimum, angka };
  });
}

export async function renderLaporanPdf(input: { judul: string; subjudul: string[]; tabel: readonly Tabel[] }): Promise<Uint8Array> {
  const doc = await createPdfDocument();
  doc.setTitle(input.judul);
  doc.setCreator('e-Office');
  const fonts = await embedFontSet(doc, 'sans');
  const ukur: Ukuran = { regular: ukurTeks(fonts.regular, SIZE), bold: ukurTeks(fonts.bold, SIZE) };

  const alami = input.tabel.map((t) => (t.grafik === true && t.kolom.length === 2 ? null : kolomAlami(t, ukur)));
  const tegak = A4.pendek - 2 * M;
  const perlu = (k: KolomAlami[]) => k.reduce((a, c) => a + (c.angka ? c.alami : Math.min(c.alami, TEKS_NYAMAN)), 0);
  const mendatar = alami.some((k) => k !== null && perlu(k) > tegak);
  const size: [number, number] = mendatar ? [A4.panjang, A4.pendek] : [A4.pendek, A4.panjang];
  const [pageWidth, pageHeight] = size;
  const width = pageWidth - 2 * M;

  let page: PDFPage = doc.addPage(size);
  let y = pageHeight - M;
  const newPage = () => {
    page = doc.addPage(size);
    y = pageHeight - M;
  };
  const need = (h: number) => {
    if (y - h < M + 20) newPage();
  };
  // putText: one font key per page and plain operators (drawText given a font registers it and
  // sets the old one back on every call, a third of the time of a table of thousands of rows).
  const text = (s: string, x: number, baseline: number, font: PDFFont, color = INK, fontSize = SIZE) => putText(page, s, { x, y: baseline, size: fontSize, font, color });

  const judulUkur = ukurTeks(fonts.bold, 16);
  text(potong(input.judul, width, judulUkur), M, y - 16, fonts.bold, INK, 16);
  y -= 26;
  const subUkur = ukurTeks(fonts.regular, 10);
  for (const line of input.subjudul) {
    text(potong(line, width, subUkur), M, y - 10, fonts.regular, GREY, 10);
    y -= 14;
  }
  y -= 8;

  input.tabel.forEach((t, ti) => {
    need(LINE * 4 + 20);
    text(potong(t.judul, width, ukurTeks(fonts.bold, 11)), M, y - 12, fonts.bold, INK, 11);
    y -= 20;
    const kolom = alami[ti];
    if (kolom === null || kolom === undefined) {
      y = grafik(t, y);
      return;
    }
    const lebar = lebarKolom(kolom, width);
    const xs = lebar.map((_, i) => M + lebar.slice(0, i).reduce((a, b) => a + b, 0));
    const isi = (i: number) => lebar[i]! - 2 * CELL_PAD;
    const tulisBaris = (cells: string[][], font: PDFFont, color: typeof INK) => {
      cells.forEach((lines, i) =>
        lines.forEach((line, j) => {
          const x = kolom[i]!.angka ? xs[i]! + lebar[i]! - CELL_PAD - (font === fonts.bold ? ukur.bold : ukur.regular)(line) : xs[i]! + CELL_PAD;
          text(line, x, y - ROW_PAD / 2 - LINE * j - 8, font, color);
        }),
      );
    };
    const header = () => {
      const cells = t.kolom.map((k, i) => barisSel(k, isi(i), MAX_LINES_HEADER, ukur.bold));
      tulisBaris(cells, fonts.bold, GREY);
      y -= Math.max(...cells.map((c) => c.length)) * LINE + ROW_PAD;
      page.drawLine({ start: { x: M, y: y + 2 }, end: { x: M + width, y: y + 2 }, thickness: 0.5, color: RULE });
    };
    header();
    if (t.baris.length === 0) {
      text('Tidak ada data pada periode ini.', M + CELL_PAD, y - 10, fonts.italic, GREY);
      y -= LINE + ROW_PAD;
    }
    t.baris.forEach((row, ri) => {
      const cells = t.kolom.map((_, i) => {
        const v = show(row[i] ?? null);
        return kolom[i]!.angka ? [potong(v, isi(i), ukur.regular)] : barisSel(v, isi(i), MAX_LINES_CELL, ukur.regular);
      });
      const h = Math.max(...cells.map((c) => c.length)) * LINE + ROW_PAD;
      if (y - h < M + 20) {
        newPage();
        header();
      } else if (ri > 0) {
        // A hairline between rows, so a second line is read with its own row.
        page.drawLine({ start: { x: M, y: y + 1 }, end: { x: M + width, y: y + 1 }, thickness: 0.25, color: HAIRLINE });
      }
      tulisBaris(cells, fonts.regular, INK);
      y -= h;
    });
    y -= 12;
  });

  /** A counting table: the label, the count, and a bar as long as the count against the largest. */
  function grafik(t: Tabel, top: number): number {
    y = top;
    const firstW = width * 0.45;
    const numW = 70;
    const max = Math.max(1, ...t.baris.map((r) => (typeof r[1] === 'number' ? r[1] : 0)));
    const header = () => {
      text(potong(t.kolom[0] ?? '', firstW - 6, ukur.bold), M, y - 10, fonts.bold, GREY);
      text(potong(t.kolom[1] ?? '', numW - 6, ukur.bold), M + firstW, y - 10, fonts.bold, GREY);
      y -= LINE + ROW_PAD;
      page.drawLine({ start: { x: M, y: y + 3 }, end: { x: M + width, y: y + 3 }, thickness: 0.5, color: RULE });
    };
    header();
    if (t.baris.length === 0) {
      text('Tidak ada data pada periode ini.', M, y - 10, fonts.italic, GREY);
      y -= LINE + ROW_PAD;
    }
    for (const row of t.baris) {
      if (y - LINE - ROW_PAD < M + 20) {
        newPage();
        header();
      }
      text(potong(show(row[0] ?? null), firstW - 6, ukur.regular), M, y - 10, fonts.regular);
      text(potong(show(row[1] ?? null), numW - 6, ukur.regular), M + firstW, y - 10, fonts.regular);
      if (typeof row[1] === 'number' && row[1] > 0) {
        page.drawRectangle({ x: M + firstW + numW, y: y - 10, width: ((width - firstW - numW) * row[1]) / max, height: 8, color: BAR });
      }
      y -= LINE + ROW_PAD;
    }
    return y;
  }

  const pages = doc.getPages();
  pages.forEach((p, i) => putText(p, `Halaman ${i + 1} dari ${pages.length}`, { x: pageWidth - M - 80, y: M - 16, size: 8, font: fonts.regular, color: GREY }));
  return doc.save();
}
