// Text that ends up in a PDF (a naskah, a lembar disposisi) may hold only characters the embedded
// fonts can draw: anything else prints as an empty box (an emoji, Arabic or Chinese script), which
// the drafter would first see on the signed letter. The ranges come from the fonts' own cmaps
// (lib/pdf/cakupan-font.ts); this copy lets the browser and the zod schemas use the same rule.
import type { z } from 'zod';
import { RENTANG_KARAKTER_TERCETAK } from './karakter-tercetak-data';

// Not drawn as glyphs at all: line breaks and tabs (a space or a new line) and the invisible marks
// the renderers drop (lib/pdf/layout/printable.ts).
const BUKAN_GLYPH = '\\u0000-\\u001f\\u007f-\\u009f\\u200b-\\u200f\\u2028-\\u202e\\u2060-\\u2064\\ufeff';

const kode = (c: number) => `\\u{${c.toString(16)}}`;
// One character class, so a 200 KB body is checked by the regex engine, not a loop in JavaScript.
const TAK_TERCETAK = new RegExp(`[^${BUKAN_GLYPH}${RENTANG_KARAKTER_TERCETAK.map(([a, b]) => `${kode(a)}-${kode(b)}`).join('')}]`, 'u');

/** The characters of `text` the PDF fonts cannot print, each once, as a person sees them (an emoji with its skin tone is one). */
export function karakterTakTercetak(text: string): string[] {
  if (!TAK_TERCETAK.test(text)) return [];
  const found = new Set<string>();
  for (const { segment } of new Intl.Segmenter('id', { granularity: 'grapheme' }).segment(text.normalize('NFC'))) {
    if (TAK_TERCETAK.test(segment)) found.add(segment);
  }
  return [...found];
}

const DISEBUT_MAKS = 5;

function sebutKarakter(karakter: readonly string[]): string {
  const disebut = karakter.slice(0, DISEBUT_MAKS).map((k) => `“${k}”`).join(', ');
  return `${disebut}${karakter.length > DISEBUT_MAKS ? ` dan ${karakter.length - DISEBUT_MAKS} lainnya` : ''}`;
}

export function pesanKarakterTakTercetak(karakter: readonly string[]): string {
  return `Karakter ${sebutKarakter(karakter)} tidak dapat dicetak pada PDF (hurufnya tidak tersedia) dan akan tampil sebagai kotak kosong. Hapus atau ganti karakter tersebut.`;
}

/**
 * A hint, not a refusal, for text that is mostly read on screen and only sometimes printed (a
 * pimpinan's disposisi catatan, typed on a phone, where a 👍 is an answer): the lembar disposisi
 * prints a box for it.
 */
export function saranKarakterTakTercetak(karakter: readonly string[]): string {
  return `${sebutKarakter(karakter)} tampil di aplikasi, tetapi tercetak sebagai kotak kosong pada lembar disposisi. Tulis dengan kata bila catatan ini perlu tercetak.`;
}

/** Marks the issue as an input-policy refusal, whose message the form shows as it is. */
export const KEBIJAKAN_INPUT = { kebijakan: true } as const;

/** A zod check for text printed in a PDF: `singleLine(500).superRefine(periksaTercetak)`. */
export function periksaTercetak(value: string, ctx: z.RefinementCtx): void {
  const tak = karakterTakTercetak(value);
  if (tak.length) ctx.addIssue({ code: 'custom', message: pesanKarakterTakTercetak(tak), input: value, params: KEBIJAKAN_INPUT });
}
