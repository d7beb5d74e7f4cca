// The printable report: A4 portrait, the cakupan and freshness on top, then each table with a bar
// beside every count, continuing onto new pages as needed. Liberation Sans like every other PDF here.
import { rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { createPdfDocument } from '@/lib/pdf/document';
import { embedFontSet } from '@/lib/pdf/fonts';
import { printable } from '@/lib/pdf/lembar-disposisi/render-lembar-disposisi';
import type { Tabel } from '@/lib/domain/laporan/tabel';

const PAGE = { width: 595.28, height: 841.89 };
const M = 40;
const INK = rgb(0.08, 0.1, 0.14);
const GREY = rgb(0.4, 0.44, 0.5);
const RULE = rgb(0.8, 0.82, 0.86);
const BAR = rgb(0.16, 0.4, 0.7);
const ROW = 15;
const SIZE = 9;

function fit(text: string, font: PDFFont, size: number, width: number): string {
  let t = printable(text);
  if (font.widthOfTextAtSize(t, size) <= width) return t;
  while (t.length > 1 && font.widthOfTextAtSize(`${t}…`, size) > width) t = t.slice(0, -1);
  return `${t}…`;
}

const show = (v: string | number | null) => (v === null ? '–' : typeof v === 'number' ? v.toLocaleString('id-ID') : v);

export async function renderLaporanPdf(input: { judul: string; subjudul: string[]; tabel: readonly Tabel[] }): Promise<Uint8Array> {
  const doc = await createPdfDocument();
  doc.setTitle(input.judul);
  doc.setCreator('e-Office');
  const fonts = await embedFontSet(doc, 'sans');
  let page: PDFPage = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - M;
  const newPage = () => {
    page = doc.addPage([PAGE.width, PAGE.height]);
    y = PAGE.height - M;
  };
  const need = (h: number) => {
    if (y - h < M + 20) newPage();
  };

  page.drawText(printable(input.judul), { x: M, y: y - 16, size: 16, font: fonts.bold, color: INK });
  y -= 26;
  for (const line of input.subjudul) {
    page.drawText(fit(line, fonts.regular, 10, PAGE.width - 2 * M), { x: M, y: y - 10, size: 10, font: fonts.regular, color: GREY });
    y -= 14;
  }
  y -= 8;

  const width = PAGE.width - 2 * M;
  for (const t of input.tabel) {
    need(ROW * 3 + 20);
    page.drawText(printable(t.judul), { x: M, y: y - 12, size: 11, font: fonts.bold, color: INK });
    y -= 20;
    // A counting table gets a bar per row after its number; others share the width out.
    const bar = t.grafik === true && t.kolom.length === 2;
    const n = t.kolom.length;
    const firstW = width * (bar ? 0.45 : n === 2 ? 0.5 : n === 3 ? 0.4 : 0.3);
    const numW = bar ? 70 : (width - firstW) / Math.max(1, n - 1);
    const cols = t.kolom.map((_, i) => (i === 0 ? M : M + firstW + (i - 1) * numW));
    const max = bar ? Math.max(1, ...t.baris.map((r) => (typeof r[1] === 'number' ? r[1] : 0))) : 1;
    const header = () => {
      t.kolom.forEach((k, i) => page.drawText(fit(k, fonts.bold, SIZE, i === 0 ? firstW - 6 : numW - 6), { x: cols[i]!, y: y - 10, size: SIZE, font: fonts.bold, color: GREY }));
      y -= ROW;
      page.drawLine({ start: { x: M, y: y + 3 }, end: { x: PAGE.width - M, y: y + 3 }, thickness: 0.5, color: RULE });
    };
    header();
    if (t.baris.length === 0) {
      page.drawText('Tidak ada data pada periode ini.', { x: M, y: y - 10, size: SIZE, font: fonts.italic, color: GREY });
      y -= ROW;
    }
    for (const row of t.baris) {
      if (y - ROW < M + 20) {
        newPage();
        header();
      }
      row.forEach((v, i) => page.drawText(fit(String(show(v)), fonts.regular, SIZE, i === 0 ? firstW - 6 : numW - 6), { x: cols[i]!, y: y - 10, size: SIZE, font: fonts.regular, color: INK }));
      if (bar && typeof row[1] === 'number' && row[1] > 0) {
        const x = cols[1]! + numW;
        page.drawRectangle({ x, y: y - 10, width: ((width - firstW - numW) * row[1]) / max, height: 8, color: BAR });
      }
      y -= ROW;
    }
    y -= 12;
  }

  const pages = doc.getPages();
  pages.forEach((p, i) => p.drawText(`Halaman ${i + 1} dari ${pages.length}`, { x: PAGE.width - M - 80, y: M - 16, size: 8, font: fonts.regular, color: GREY }));
  return doc.save();
}
