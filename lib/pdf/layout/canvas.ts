// Drawing text with one font resource per font and page. pdf-lib's page.drawText registers a new
// font key on every call (hundreds per page for a justified letter), which bloats the page's
// resources and slows rendering; here each font gets one key per page and text goes out as
// plain operators.
import { degrees, drawText, rgb, type Color, type PDFFont, type PDFName, type PDFPage } from 'pdf-lib';

const fontKeys = new WeakMap<PDFPage, Map<PDFFont, PDFName>>();

function fontKey(page: PDFPage, font: PDFFont): PDFName {
  let keys = fontKeys.get(page);
  if (!keys) {
    keys = new Map();
    fontKeys.set(page, keys);
  }
  let key = keys.get(font);
  if (!key) {
    key = page.node.newFontDictionary(font.name, font.ref);
    keys.set(font, key);
  }
  return key;
}

const ZERO = degrees(0);
const BLACK = rgb(0, 0, 0);

export function putText(page: PDFPage, text: string, opts: { x: number; y: number; size: number; font: PDFFont; color?: Color }): void {
  if (!text) return;
  page.pushOperators(
    ...drawText(opts.font.encodeText(text), {
      x: opts.x,
      y: opts.y,
      size: opts.size,
      font: fontKey(page, opts.font),
      color: opts.color ?? BLACK,
      rotate: ZERO,
      xSkew: ZERO,
      ySkew: ZERO,
    }),
  );
}
