// Matching words marked in a result, safely: the text is cut into plain segments and marked
// segments, and React escapes every segment when it renders them, so nothing in a letter becomes HTML.
import { normalisasi } from './query';

export interface Segmen {
  teks: string;
  tanda: boolean;
}

/**
 * Marks every word of the text that starts with one of the searched words (accents and case
 * ignored), as the prefix search matched them.
 */
export function tandaiKata(text: string, kata: readonly string[]): Segmen[] {
  if (kata.length === 0 || text === '') return text === '' ? [] : [{ teks: text, tanda: false }];
  const out: Segmen[] = [];
  let last = 0;
  for (const m of text.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    const word = normalisasi(m[0]);
    if (!kata.some((k) => word.startsWith(k))) continue;
    if (m.index > last) out.push({ teks: text.slice(last, m.index), tanda: false });
    out.push({ teks: m[0], tanda: true });
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ teks: text.slice(last), tanda: false });
  return out;
}

/** Markers PostgreSQL's ts_headline puts around matches; stripped from the source text first. */
export const PENANDA_AWAL = '\u0001';
export const PENANDA_AKHIR = '\u0002';

/** A ts_headline fragment (matches between the two markers) as segments. */
export function segmenCuplikan(fragment: string): Segmen[] {
  const out: Segmen[] = [];
  for (const [i, part] of fragment.split(PENANDA_AWAL).entries()) {
    const [marked, rest] = i === 0 ? [null, part] : (() => {
      const end = part.indexOf(PENANDA_AKHIR);
      return end < 0 ? [null, part] : [part.slice(0, end), part.slice(end + 1)];
    })();
    if (marked) out.push({ teks: marked, tanda: true });
    if (rest) out.push({ teks: rest.replaceAll(PENANDA_AKHIR, ''), tanda: false });
  }
  return out;
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
