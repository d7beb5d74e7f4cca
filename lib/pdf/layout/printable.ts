/**
 * Text as it is printed: the embedded Liberation Sans covers Latin with every diacritic (names such
 * as "Ṡaleh" or "Ā. Pratama"), so only what no form shows is removed: line breaks and tabs become
 * spaces and other control characters go. NFC so a letter typed as base + combining mark uses the
 * font's composed glyph.
 */
export function printable(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028-\u202e\u2060-\u2064\ufeff]/g, '');
}
