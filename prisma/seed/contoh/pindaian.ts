// A look-alike scan of a paper letter from outside (sender's kop, Nomor/Sifat/Lampiran/Hal, body,
// signature), so the demo's Surat Masuk show a real document and not a blank page.
import { PDFDocument, rgb, type PDFFont } from 'pdf-lib';
import { embedFontSet } from '@/lib/pdf/fonts';

export interface SuratLuar {
  pengirim: string;
  alamat: string;
  nomor: string;
  tanggal: string;
  sifat: string;
  hal: string;
  kepada: string;
  isi: string[];
  penandatangan: { jabatan: string; nama: string };
}

const MARGIN = 72;
const WIDTH = 595;

function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (font.widthOfTextAtSize(next, size) > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

export async function pindaianSurat(s: SuratLuar): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(`${s.nomor} - ${s.hal}`);
  const page = doc.addPage([WIDTH, 842]);
  const f = await embedFontSet(doc, 'serif');
  // A scanned sheet is never quite white.
  page.drawRectangle({ x: 0, y: 0, width: WIDTH, height: 842, color: rgb(0.985, 0.98, 0.965) });
  const center = (text: string, y: number, size: number, bold = false) => {
    const font = bold ? f.bold : f.regular;
    page.drawText(text, { x: (WIDTH - font.widthOfTextAtSize(text, size)) / 2, y, size, font });
  };
  center(s.pengirim.toUpperCase(), 790, 13, true);
  center(s.alamat, 772, 9);
  page.drawLine({ start: { x: MARGIN - 20, y: 762 }, end: { x: WIDTH - MARGIN + 20, y: 762 }, thickness: 1.5 });

  let y = 735;
  page.drawText(s.tanggal, { x: 380, y, size: 11, font: f.regular });
  for (const [label, value] of [['Nomor', s.nomor], ['Sifat', s.sifat], ['Lampiran', '-'], ['Hal', s.hal]]) {
    page.drawText(label, { x: MARGIN, y, size: 11, font: f.regular });
    const lines = wrap(`: ${value}`, f.regular, 11, 230);
    lines.forEach((l, i) => page.drawText(l, { x: MARGIN + 60, y: y - i * 14, size: 11, font: f.regular }));
    y -= 14 * lines.length + 2;
  }
  y -= 16;
  page.drawText('Yth.', { x: MARGIN, y, size: 11, font: f.regular });
  page.drawText(s.kepada, { x: MARGIN + 26, y, size: 11, font: f.regular });
  page.drawText('di Tempat', { x: MARGIN + 26, y: y - 14, size: 11, font: f.regular });
  y -= 44;
  for (const paragraph of s.isi) {
    for (const line of wrap(paragraph, f.regular, 11, WIDTH - 2 * MARGIN)) {
      page.drawText(line, { x: MARGIN, y, size: 11, font: f.regular });
      y -= 15;
    }
    y -= 8;
  }
  y -= 10;
  page.drawText(s.penandatangan.jabatan, { x: 340, y, size: 11, font: f.regular });
  // A hand signature, as ink.
  page.drawSvgPath('M 0 0 C 15 -25 25 15 40 -5 S 70 -20 90 0', { x: 350, y: y - 18, borderColor: rgb(0.1, 0.2, 0.55), borderWidth: 1.2 });
  page.drawText(s.penandatangan.nama, { x: 340, y: y - 60, size: 11, font: f.bold });
  return doc.save();
}
