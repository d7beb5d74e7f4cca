// How deeply rich text nests its elements. A naskah needs a few levels (a list in a table cell in a
// list); a body nested thousands of levels deep is an attack on every recursive reader after it
// (the sanitizer, the PDF layout, the editor), so it is refused before it is stored.

export const RICH_TEXT_MAX_DEPTH = 64;
export const RICH_TEXT_TOO_DEEP_MESSAGE = `Isi naskah bertingkat terlalu dalam (paling banyak ${RICH_TEXT_MAX_DEPTH} tingkat). Sederhanakan daftar atau tabel bertingkat.`;

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*?(\/?)>/g;
const VOID = new Set(['br', 'hr', 'img', 'input', 'meta', 'link', 'wbr', 'col', 'area', 'base', 'embed', 'param', 'source', 'track']);

/** The deepest element nesting in `html` (a linear scan, no recursion); stops once past `limit`. */
export function htmlDepth(html: string, limit: number): number {
  let depth = 0;
  let deepest = 0;
  for (const [, closing, name, selfClosing] of html.matchAll(TAG)) {
    if (VOID.has(name.toLowerCase()) || selfClosing) continue;
    if (closing) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    depth += 1;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) break;
  }
  return deepest;
}
