// Text in a table cell: measured word by word, wrapped to a few lines, the last cut with "…".
// pdf-lib's width is the sum of the glyphs' advances (no kerning), so a text's width is the sum of
// its words and spaces: each distinct word is shaped once (lib/pdf/fonts.ts keeps the shaping),
// where measuring every cell whole and cutting it a character at a time shaped each cell dozens of
// times (a kinerja PDF of 10,000 pegawai took 24 s and 1 GB on the request's event loop).
import type { PDFFont } from 'pdf-lib';
import { printable } from './printable';
import { wrapRuns } from './wrap';

export type UkurTeks = (text: string) => number;

export function ukurTeks(font: PDFFont, size: number): UkurTeks {
  const spasi = font.widthOfTextAtSize(' ', size);
  return (text) => {
    const kata = text.split(' ');
    let lebar = (kata.length - 1) * spasi;
    for (const k of kata) if (k) lebar += font.widthOfTextAtSize(k, size);
    return lebar;
  };
}

/** The text whole if it fits, else its longest start that fits with "…" after it. */
export function potong(teks: string, lebar: number, ukur: UkurTeks): string {
  const text = printable(teks);
  if (ukur(text) <= lebar) return text;
  const huruf = Array.from(text);
  const awal = (n: number) => `${huruf.slice(0, n).join('').trimEnd()}…`;
  // Binary search for the longest start: a width grows with every character added.
  let lo = 0;
  let hi = huruf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (ukur(awal(mid)) <= lebar) lo = mid;
    else hi = mid - 1;
  }
  return awal(Math.max(1, lo));
}

/** The cell's text in at most maxBaris lines of the width; what does not fit ends the last line with "…". */
export function barisSel(text: string, lebar: number, maxBaris: number, ukur: UkurTeks): string[] {
  const bersih = printable(text).replace(/ {2,}/g, ' ').trim();
  if (ukur(bersih) <= lebar) return [bersih];
  const baris = wrapRuns([{ text: bersih }], lebar, (t) => ukur(t)).map((l) =>
    l.pieces
      .map((p) => p.text)
      .join('')
      .trim(),
  );
  if (baris.length <= maxBaris) return baris;
  const tetap = baris.slice(0, maxBaris - 1);
  return [...tetap, potong(baris.slice(maxBaris - 1).join(' '), lebar, ukur)];
}
