import { PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import { embedFontSet } from '../fonts';
import { putText } from '../layout/canvas';
import { barisSel, potong, ukurTeks } from '../layout/cell-text';
import { printable } from '../layout/printable';
import type { LembarDisposisiData } from './types';

// A4 portrait, shaped like the paper form: kop, title, the agenda box, the pimpinan's checklist
// beside "diteruskan kepada", then the whole history as a table. Always one page: the history's
// font shrinks, then its oldest rows are summarised, so the form never spills onto a second page.
const PAGE = { width: 595.28, height: 841.89 };
const M = 36;
const INK = rgb(0.08, 0.1, 0.14);
const GREY = rgb(0.38, 0.42, 0.48);
const LINE = rgb(0.55, 0.58, 0.62);
/** Empty recipient rows and catatan lines on a form printed before any disposisi. */
const BLANK_RECIPIENTS = 4;
const BLANK_CATATAN_LINES = 2;

/** At most maxLines lines of the width; text that does not fit ends the last line with "…". */
function lines(value: string, font: PDFFont, size: number, width: number, maxLines: number): string[] {
  return barisSel(value, width, maxLines, ukurTeks(font, size));
}

/** One line of the width, cut with "…" when longer. */
function line(value: string, font: PDFFont, size: number, width: number): string {
  return potong(value, width, ukurTeks(font, size));
}

interface Fonts {
  regular: PDFFont;
  bold: PDFFont;
}

function text(page: PDFPage, value: string, x: number, y: number, font: PDFFont, size: number, color = INK) {
  putText(page, printable(value), { x, y, size, font, color });
}

function centered(page: PDFPage, value: string, y: number, font: PDFFont, size: number) {
  const width = font.widthOfTextAtSize(printable(value), size);
  text(page, value, (PAGE.width - width) / 2, y, font, size);
}

function box(page: PDFPage, x: number, yTop: number, width: number, height: number) {
  page.drawRectangle({ x, y: yTop - height, width, height, borderColor: LINE, borderWidth: 0.8 });
}

/** Label: value pairs in a column; returns the y below the last one. */
function fields(page: PDFPage, f: Fonts, rows: [string, string][], x: number, y: number, width: number, labelWidth: number): number {
  for (const [label, value] of rows) {
    text(page, label, x, y, f.regular, 8.5, GREY);
    const printed = lines(value || '-', f.bold, 9, width - labelWidth, 3);
    printed.forEach((l, i) => text(page, l, x + labelWidth, y - i * 11, f.bold, 9));
    y -= printed.length * 11 + 4;
  }
  return y;
}

function kop(page: PDFPage, f: Fonts, data: LembarDisposisiData): number {
  let y = PAGE.height - M - 10;
  centered(page, data.instansi.toUpperCase(), y, f.bold, 11);
  y -= 16;
  for (const l of lines(data.opd.toUpperCase(), f.bold, 13, PAGE.width - 2 * M, 2)) {
    centered(page, l, y, f.bold, 13);
    y -= 15;
  }
  centered(page, line(data.alamat, f.regular, 8.5, PAGE.width - 2 * M), y, f.regular, 8.5);
  y -= 9;
  page.drawLine({ start: { x: M, y }, end: { x: PAGE.width - M, y }, thickness: 1.6, color: INK });
  page.drawLine({ start: { x: M, y: y - 2.5 }, end: { x: PAGE.width - M, y: y - 2.5 }, thickness: 0.5, color: INK });
  y -= 24;
  centered(page, 'LEMBAR DISPOSISI', y, f.bold, 14);
  return y - 14;
}

function agendaBox(page: PDFPage, f: Fonts, data: LembarDisposisiData, yTop: number): number {
  const a = data.agenda;
  const width = PAGE.width - 2 * M;
  const half = width / 2;
  const left = fields(page, f, [['Surat dari', a.suratDari], ['Nomor surat', a.nomorSurat], ['Tanggal surat', a.tanggalSurat], ['Sifat', a.sifat]], M + 8, yTop - 14, half - 12, 70);
  const right = fields(page, f, [['Diterima tgl.', a.diterima], ['Nomor agenda', a.nomorAgenda], ['Keamanan', a.klasifikasiKeamanan], ['Kecepatan', a.kecepatan]], M + half + 8, yTop - 14, half - 16, 70);
  let y = Math.min(left, right);
  y = fields(page, f, [['Perihal', a.perihal], ['Klasifikasi', a.klasifikasi], ['Lampiran', a.lampiran]], M + 8, y, width - 16, 70);
  const height = yTop - y + 2;
  box(page, M, yTop, width, height);
  page.drawLine({ start: { x: M + half, y: yTop }, end: { x: M + half, y: Math.min(left, right) + 12 }, thickness: 0.5, color: LINE });
  return yTop - height;
}

function checklistBox(page: PDFPage, f: Fonts, data: LembarDisposisiData, yTop: number): number {
  const width = PAGE.width - 2 * M;
  const leftWidth = width * 0.4;
  let yl = yTop - 14;
  text(page, 'Diteruskan kepada:', M + 8, yl, f.bold, 9);
  yl -= 14;
  for (const name of data.diteruskanKepada) {
    for (const [i, l] of lines(name, f.regular, 9, leftWidth - 30, 2).entries()) {
      if (i === 0) checkbox(page, M + 8, yl, true);
      text(page, l, M + 22, yl, f.regular, 9);
      yl -= 11;
    }
    yl -= 2;
  }
  // Printed before any disposisi: the paper form, with empty boxes and lines the pimpinan fills by hand.
  if (data.diteruskanKepada.length === 0) {
    for (let i = 0; i < BLANK_RECIPIENTS; i++) {
      checkbox(page, M + 8, yl, false);
      writingLine(page, M + 22, M + leftWidth - 8, yl - 2);
      yl -= 16;
    }
    yl -= 4;
  }
  let yr = yTop - 14;
  const rx = M + leftWidth + 8;
  text(page, 'Dengan hormat harap:', rx, yr, f.bold, 9);
  yr -= 14;
  const colWidth = (width - leftWidth - 16) / 2;
  const half = Math.ceil(data.instruksi.length / 2);
  data.instruksi.forEach((item, i) => {
    const x = rx + (i < half ? 0 : colWidth);
    const y = yr - (i % half) * 13;
    checkbox(page, x, y, item.dicentang);
    text(page, line(item.teks, f.regular, 8.5, colWidth - 18), x + 14, y, f.regular, 8.5);
  });
  yr -= half * 13 + 4;
  let y = Math.min(yl, yr);
  text(page, 'Catatan:', M + 8, y, f.bold, 9);
  if (data.catatanPimpinan) {
    for (const l of lines(data.catatanPimpinan, f.regular, 9, width - 70, 3)) {
      text(page, l, M + 56, y, f.regular, 9);
      y -= 11;
    }
  } else {
    for (let i = 0; i < BLANK_CATATAN_LINES; i++) {
      writingLine(page, M + 56, M + width - 8, y - 2);
      y -= 16;
    }
  }
  const height = yTop - y + 4;
  box(page, M, yTop, width, height);
  page.drawLine({ start: { x: M + leftWidth, y: yTop }, end: { x: M + leftWidth, y: Math.min(yl, yr) + 10 }, thickness: 0.5, color: LINE });
  return yTop - height;
}

/** A ruled line to write on by hand. */
function writingLine(page: PDFPage, x1: number, x2: number, y: number) {
  page.drawLine({ start: { x: x1, y }, end: { x: x2, y }, thickness: 0.4, color: LINE, dashArray: [1.5, 1.5] });
}

function checkbox(page: PDFPage, x: number, y: number, ticked: boolean) {
  page.drawRectangle({ x, y: y - 1.5, width: 8, height: 8, borderColor: INK, borderWidth: 0.7 });
  if (ticked) {
    page.drawLine({ start: { x: x + 1.5, y: y + 2.5 }, end: { x: x + 3.5, y: y }, thickness: 1.2, color: INK });
    page.drawLine({ start: { x: x + 3.5, y }, end: { x: x + 7, y: y + 5.5 }, thickness: 1.2, color: INK });
  }
}

const COLUMNS = [
  { title: 'No', width: 20 },
  { title: 'Tanggal', width: 62 },
  { title: 'Dari', width: 92 },
  { title: 'Kepada', width: 110 },
  { title: 'Instruksi / catatan', width: 175 },
  { title: 'Batas waktu', width: 64.28 },
];

function historyRows(data: LembarDisposisiData, f: PDFFont, size: number) {
  return data.riwayat.map((r, i) => {
    const cells = [String(i + 1), r.tanggal, r.dari, r.kepada.join('; '), r.isi, r.batasWaktu || '-'];
    const printed = cells.map((c, j) => lines(c, f, size, COLUMNS[j].width - 6, 6));
    return { lines: printed, height: Math.max(...printed.map((l) => l.length)) * (size + 2) + 5 };
  });
}

function historyTable(page: PDFPage, f: Fonts, data: LembarDisposisiData, yTop: number, bottom: number) {
  text(page, 'Riwayat disposisi', M, yTop - 14, f.bold, 10);
  const header = yTop - 22;
  // Shrink the text until the history fits; if even the smallest size does not, show the newest rows.
  let size = 8.5;
  let rows = historyRows(data, f.regular, size);
  while (size > 6 && rows.reduce((s, r) => s + r.height, 0) > header - 16 - bottom) {
    size -= 0.5;
    rows = historyRows(data, f.regular, size);
  }
  let skipped = 0;
  while (rows.length > 1 && rows.reduce((s, r) => s + r.height, 0) > header - 30 - bottom) {
    rows = rows.slice(1);
    skipped++;
  }
  const width = PAGE.width - 2 * M;
  page.drawRectangle({ x: M, y: header - 14, width, height: 14, color: rgb(0.92, 0.93, 0.95), borderColor: LINE, borderWidth: 0.8 });
  let x = M;
  for (const c of COLUMNS) {
    text(page, c.title, x + 3, header - 10, f.bold, 8);
    x += c.width;
  }
  let y = header - 14;
  // The note and the empty state are rows spanning the whole table: no column line crosses them.
  const spanning = (note: string, size: number, height: number) => {
    text(page, line(note, f.regular, size, width - 6), M + 3, y - height + 4, f.regular, size, GREY);
    y -= height;
    page.drawLine({ start: { x: M, y }, end: { x: M + width, y }, thickness: 0.4, color: LINE });
  };
  if (skipped) spanning(`(${skipped} disposisi sebelumnya tidak muat; lihat riwayat lengkap di aplikasi)`, 7.5, 14);
  if (rows.length === 0) spanning('Belum ada disposisi.', 8.5, 16);
  const rowsTop = y;
  rows.forEach((row, i) => {
    let cx = M;
    row.lines.forEach((cellLines, j) => {
      cellLines.forEach((l, k) => text(page, l, cx + 3, y - (size + 1) - k * (size + 2), j === 2 ? f.bold : f.regular, size));
      cx += COLUMNS[j].width;
    });
    y -= row.height;
    if (i < rows.length - 1) page.drawLine({ start: { x: M, y }, end: { x: M + width, y }, thickness: 0.4, color: LINE });
  });
  box(page, M, header - 14, width, header - 14 - y);
  x = M;
  for (const c of COLUMNS.slice(0, -1)) {
    x += c.width;
    page.drawLine({ start: { x, y: header }, end: { x, y: header - 14 }, thickness: 0.4, color: LINE });
    if (rows.length) page.drawLine({ start: { x, y: rowsTop }, end: { x, y }, thickness: 0.4, color: LINE });
  }
}

export async function renderLembarDisposisi(data: LembarDisposisiData): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(printable(`Lembar Disposisi - ${data.agenda.perihal}`));
  doc.setCreator('e-Office');
  // The same embedded fonts as the naskah: any Unicode name renders, and no PDF relies on a
  // viewer's substitute for Helvetica (PDF/A requires every font embedded).
  const f = await embedFontSet(doc, 'sans');
  const page = doc.addPage([PAGE.width, PAGE.height]);
  let y = kop(page, f, data);
  y = agendaBox(page, f, data, y);
  y = checklistBox(page, f, data, y - 8);
  historyTable(page, f, data, y - 4, M + 18);
  text(page, data.dicetak, M, M, f.regular, 7.5, GREY);
  return doc.save();
}
