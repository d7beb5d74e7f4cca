// Embedded fonts for every PDF the system makes (naskah, lembar disposisi). The TTF files ship in
// lib/pdf/fonts/ (Liberation 2.1.5, SIL OFL 1.1): a fresh machine needs no system font packages,
// and the output looks the same everywhere. Liberation Sans has Arial's metrics (the font
// Permendagri 1/2023 names for naskah dinas); Liberation Serif has Times New Roman's.
import fontkit from '@pdf-lib/fontkit';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PDFDocument, PDFFont } from 'pdf-lib';

export type FontFamily = 'sans' | 'serif';
export type FontStyle = 'regular' | 'bold' | 'italic' | 'boldItalic';

export type FontSet = Record<FontStyle, PDFFont>;

const FILE_PREFIX: Record<FontFamily, string> = { sans: 'LiberationSans', serif: 'LiberationSerif' };
const FILE_SUFFIX: Record<FontStyle, string> = {
  regular: 'Regular',
  bold: 'Bold',
  italic: 'Italic',
  boldItalic: 'BoldItalic',
};

/** Where the TTF files live; resolved from the project root so it works under Next, tsx and vitest. */
export const FONT_DIR = path.join(process.cwd(), 'lib', 'pdf', 'fonts');

// The files are read once per process; pdf-lib copies only the glyphs a document uses (subset).
const cache = new Map<string, Promise<Uint8Array>>();

function fontBytes(family: FontFamily, style: FontStyle): Promise<Uint8Array> {
  const file = `${FILE_PREFIX[family]}-${FILE_SUFFIX[style]}.ttf`;
  let bytes = cache.get(file);
  if (!bytes) {
    bytes = readFile(path.join(FONT_DIR, file)).then((b) => new Uint8Array(b));
    bytes.catch(() => cache.delete(file));
    cache.set(file, bytes);
  }
  return bytes;
}

/** Registers fontkit on the document and embeds the four styles of a family as subsets. */
export async function embedFontSet(doc: PDFDocument, family: FontFamily = 'sans'): Promise<FontSet> {
  doc.registerFontkit(fontkit);
  const styles = Object.keys(FILE_SUFFIX) as FontStyle[];
  const fonts = await Promise.all(
    styles.map(async (style) => doc.embedFont(await fontBytes(family, style), { subset: process.env.NOSUB ? false : true })),
  );
  return Object.fromEntries(styles.map((s, i) => [s, fonts[i]])) as FontSet;
}

/** The style for a bold/italic combination. */
export function fontStyleOf(bold: boolean, italic: boolean): FontStyle {
  if (bold && italic) return 'boldItalic';
  if (bold) return 'bold';
  return italic ? 'italic' : 'regular';
}
