// Which characters the embedded fonts can print, read from their own cmaps: a character is
// printable when every style of both families has a glyph for it (a naskah may set it in either
// family, bold or italic). lib/domain/input/karakter-tercetak-data.ts holds a copy of the result
// for the browser and the zod schemas; a unit test keeps the two equal.
import fontkit from '@pdf-lib/fontkit';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { FONT_DIR } from './fonts';

/** Code point ranges [from, to] (inclusive) that every embedded font covers, ascending. */
export async function rentangKarakterFont(): Promise<[number, number][]> {
  const files = (await readdir(FONT_DIR)).filter((f) => f.endsWith('.ttf')).sort();
  const sets = await Promise.all(files.map(async (f) => new Set(fontkit.create(await readFile(path.join(FONT_DIR, f))).characterSet)));
  const common = [...sets[0]].filter((c) => sets.every((s) => s.has(c))).sort((a, b) => a - b);
  const ranges: [number, number][] = [];
  for (const c of common) {
    const last = ranges.at(-1);
    if (last && last[1] === c - 1) last[1] = c;
    else ranges.push([c, c]);
  }
  return ranges;
}
