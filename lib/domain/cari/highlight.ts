// Matching words marked in a result, safely: the text is cut into plain segments and marked
// segments, and React escapes every segment when it renders them, so nothing in a letter becomes HTML.
import { normalisasi } from './query';

export interface Segmen {
  teks: string;
  tanda: boolean;
}

const ASCII = /^[\x20-\x7e]*$/;

/**
 * Marks every word of the text that starts with one of the searched words (accents and case
 * ignored), as the prefix search matched them.
 */
export function tandaiKata(text: string, kata: readonly string[]): Segmen[] {
  if (kata.length === 0 || text === '') return text === '' ? [] : [{ teks: text, tanda: false }];
  const out: Segmen[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    // Most words are plain ASCII, whose normal form is their lower case: NFKD is for the others.
    const word = ASCII.test(m[0]) ? m[0].toLowerCase() : normalisasi(m[0]);
    if (!kata.some((k) => word.startsWith(k))) continue;
    if (m.index > last) out.push({ teks: text.slice(last, m.index), tanda: false });
    out.push({ teks: m[0], tanda: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ teks: text.slice(last), tanda: false });
  return out;
}

/** A result's snippet: this many characters from the text (eoffice_potongan_cuplikan, migration
 * cuplikan_tanpa_headline), starting this many before the first searched word. About thirty words,
 * as ts_headline's MaxWords gave before. */
export const CUPLIKAN_PANJANG = 240;
export const CUPLIKAN_SEBELUM = 60;

/**
 * The PostgreSQL regex of a word starting with one of the searched words (\m: a word's start, as
 * the prefix search matches), or null without words. The words are letters and digits (kataDari);
 * anything else is dropped all the same, so nothing typed becomes regex.
 */
export function polaCuplikan(kata: readonly string[]): string | null {
  const aman = kata.filter((k) => /^[\p{L}\p{N}]+$/u.test(k));
  return aman.length > 0 ? `\\m(${aman.join('|')})` : null;
}

/**
 * The snippet of a result from the cut the database made (`potongan`, at most CUPLIKAN_PANJANG
 * characters from `awal`, `lanjut` when text follows): partial words at a cut edge dropped and the
 * cut shown as "…", white space made single, the searched words marked (tandaiKata).
 */
export function cuplikanDari(potongan: string, awal: number, lanjut: boolean, kata: readonly string[]): Segmen[] {
  let teks = potongan.replace(/\s+/g, ' ');
  if (lanjut && teks.lastIndexOf(' ') > CUPLIKAN_SEBELUM) teks = teks.slice(0, teks.lastIndexOf(' '));
  const terpotongAwal = awal > 1;
  // Only a word cut before the searched one: a text without spaces (a list of NIKs) keeps its start.
  if (terpotongAwal && teks.indexOf(' ') >= 0 && teks.indexOf(' ') < CUPLIKAN_SEBELUM) teks = teks.slice(teks.indexOf(' ') + 1);
  teks = teks.trim();
  if (teks === '') return [];
  return [...(terpotongAwal ? [{ teks: '… ', tanda: false }] : []), ...tandaiKata(teks, kata), ...(lanjut ? [{ teks: ' …', tanda: false }] : [])];
}

/**
 * Segments as the browser gets them: plain and marked text taking turns, plain first (empty when the
 * text starts with a match). In a page's flight data (sent twice: in the HTML and in the RSC answer)
 * a string is a third of a { teks, tanda } object.
 */
export function berselang(segmen: readonly Segmen[]): string[] {
  const out: string[] = [];
  for (const { teks, tanda } of segmen) {
    if (teks === '') continue;
    if (out.length > 0 && (out.length - 1) % 2 === (tanda ? 1 : 0)) out[out.length - 1] += teks;
    else {
      if (out.length === 0 && tanda) out.push('');
      out.push(teks);
    }
  }
  return out;
}
