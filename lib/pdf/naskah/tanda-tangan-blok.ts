// The signature block in the right half of the last page: optional place/date lines, the jabatan
// lines (a.n./u.b./Plt./Plh.), the space for the electronic signature (its rectangle is reported
// to the signing step; FINAL draws the QR code there), the name bold and underlined, pangkat, NIP.
// The paraf column (up to three reviewers) sits at the left, level with the name. One slice, so
// the block is never split across pages.
import type { PDFImage, PDFPage } from 'pdf-lib';
import { barisJabatanPenandatangan } from '@/lib/domain/naskah/tanda-tangan';
import { formatWaktuSingkat } from '@/lib/domain/naskah/tanggal-naskah';
import { putText } from '../layout/canvas';
import { drawQrCode } from '../qr';
import type { Slice } from '../layout/flow';
import { BLACK, type Typesetter } from '../layout/typesetter';
import type { TextLine } from '../layout/wrap';
import type { PageGeometry } from './page';
import type { ParafPdf, PenandatanganPdf, SignatureBox } from './types';

export const SIGNATURE_SPACE = 72;
const MAX_BOX_WIDTH = 200;
const PARAF_SIZE = 8;

export interface SignatureBlockOptions {
  /** Lines above the jabatan, e.g. ["Ditetapkan di Kota Mandala", "pada tanggal 7 Desember 2026"]. */
  pembuka?: string[];
  /** Rule under the pembuka lines (Keputusan). */
  garisPembuka?: boolean;
  penandatangan: PenandatanganPdf;
  paraf: ParafPdf[];
  qr: QrTte | null;
  zonaWaktu?: string;
  onBox(box: SignatureBox): void;
}

type Row = { line: TextLine; bold?: boolean };

/** The QR code in the signature box: a ready image, or a URL to draw as a vector QR code. */
export type QrTte = { image: PDFImage } | { url: string };

export function signatureSlice(ts: Typesetter, geo: PageGeometry, opts: SignatureBlockOptions): Slice {
  const x = geo.signatureX;
  const width = geo.right - x;
  const lh = ts.lineHeight();
  const wrap = (text: string, style: { bold?: boolean; underline?: boolean } = {}): Row[] =>
    ts.wrap([{ text, ...style }], width).map((line) => ({ line }));
  const p = opts.penandatangan;
  const above = (opts.pembuka ?? []).flatMap((t) => wrap(t));
  const jabatan = barisJabatanPenandatangan(p).flatMap((t) => wrap(t));
  const below = [
    ...wrap(p.nama, { bold: true, underline: true }),
    ...(p.pangkat ? wrap(p.pangkat) : []),
    ...(p.nip ? wrap(`NIP ${p.nip}`) : []),
  ];
  const gapAbove = opts.garisPembuka ? lh * 0.5 : 0;
  const height = (above.length + jabatan.length + below.length) * lh + gapAbove + SIGNATURE_SPACE;
  return {
    height,
    draw: ({ page, pageIndex }, top) => {
      let y = top;
      for (const r of above) {
        ts.drawLine(page, r.line, x, y);
        y -= lh;
      }
      if (opts.garisPembuka) {
        const ruleWidth = Math.max(...above.map((r) => r.line.width), 0);
        page.drawLine({ start: { x, y: y - 2 }, end: { x: x + ruleWidth, y: y - 2 }, thickness: 0.75, color: BLACK });
        y -= gapAbove;
      }
      for (const r of jabatan) {
        ts.drawLine(page, r.line, x, y);
        y -= lh;
      }
      const box: SignatureBox = { page: pageIndex + 1, x, y: y - SIGNATURE_SPACE, width: Math.min(width, MAX_BOX_WIDTH), height: SIGNATURE_SPACE };
      opts.onBox(box);
      if (opts.qr && 'image' in opts.qr) page.drawImage(opts.qr.image, { x: box.x, y: box.y, width: SIGNATURE_SPACE, height: SIGNATURE_SPACE });
      else if (opts.qr) drawQrCode(page, opts.qr.url, box.x, box.y, SIGNATURE_SPACE);
      y -= SIGNATURE_SPACE;
      const nameTop = y;
      for (const r of below) {
        ts.drawLine(page, r.line, x, y);
        y -= lh;
      }
      if (opts.paraf.length) drawParaf(ts, page, geo.left, x - geo.left - 14, nameTop - below.length * lh, opts.paraf, opts.zonaWaktu);
    },
  };
}

/** Shortens text with "…" to fit a column. */
function fit(ts: Typesetter, text: string, width: number, size: number): string {
  if (ts.width(text, 'regular', size) <= width) return text;
  let t = text;
  while (t.length > 1 && ts.width(`${t}…`, 'regular', size) > width) t = t.slice(0, -1);
  return `${t.trimEnd()}…`;
}

/** The paraf table: Paraf (post) | Nama | Waktu, bottom edge at `bottom`. */
function drawParaf(ts: Typesetter, page: PDFPage, x: number, width: number, bottom: number, paraf: ParafPdf[], zonaWaktu?: string) {
  const rowH = PARAF_SIZE * 1.15 + 5;
  const rows: string[][] = [
    ['Paraf', 'Nama', 'Waktu'],
    ...paraf.slice(0, 3).map((pa) => [pa.jabatan, pa.nama ?? '', pa.waktu ? formatWaktuSingkat(pa.waktu, zonaWaktu) : '']),
  ];
  // The time is always printed whole (it is the record of when); the post takes what it needs up
  // to two fifths of the rest, and the name gets what remains (both are shortened with "…").
  const need = (c: number) => Math.max(...rows.map((r) => ts.width(r[c], r === rows[0] ? 'bold' : 'regular', PARAF_SIZE))) + 7;
  const waktuWidth = need(2);
  const jabatanWidth = Math.min(need(0), (width - waktuWidth) * 0.4);
  const cols = [jabatanWidth, width - jabatanWidth - waktuWidth, waktuWidth];
  const top = bottom + rows.length * rowH;
  rows.forEach((cells, r) => {
    const rowTop = top - r * rowH;
    let cx = x;
    cells.forEach((text, c) => {
      putText(page, fit(ts, text, cols[c] - 6, PARAF_SIZE), {
        x: cx + 3,
        y: rowTop - rowH + 4.5,
        size: PARAF_SIZE,
        font: r === 0 ? ts.fonts.bold : ts.fonts.regular,
        color: BLACK,
      });
      page.drawRectangle({ x: cx, y: rowTop - rowH, width: cols[c], height: rowH, borderColor: BLACK, borderWidth: 0.5 });
      cx += cols[c];
    });
  });
}
