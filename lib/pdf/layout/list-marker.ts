// List markers as naskah dinas number them: 1. 2. at the first level, a. b. below, then 1) a).
import type { ListStyle } from './rich-text';

/** 1 -> "a", 26 -> "z", 27 -> "aa" (spreadsheet style, as long lettered lists continue). */
export function huruf(n: number): string {
  let s = '';
  let k = n;
  while (k > 0) {
    const r = (k - 1) % 26;
    s = String.fromCharCode(97 + r) + s;
    k = Math.floor((k - 1) / 26);
  }
  return s;
}

/** The style of a list with no explicit type, by nesting depth (0 = outermost). */
export function defaultListStyle(depth: number): ListStyle {
  return depth % 2 === 0 ? '1' : 'a';
}

/** Marker text of item `index` (1-based). Depth 2+ closes with ")" as the regulation's examples do. */
export function listMarker(style: ListStyle, index: number, depth = 0): string {
  if (style === 'bullet') return depth % 2 === 0 ? '•' : '-';
  const label = style === 'a' ? huruf(index) : String(index);
  return depth >= 2 ? `${label})` : `${label}.`;
}
