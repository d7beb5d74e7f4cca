import type { PdfInspectLimits } from './types';
import { PdfDefect } from './types';

// The checks on the file as a whole, before any object is read: it must be a PDF from its first
// byte to its last %%EOF and nothing else (Albertini, "Polyglots", PoC||GTFO 0x06 and Funky File
// Formats: a PDF reader tolerates junk before %PDF- and after %%EOF, which is where a second format
// hides).

const HEADER = /^%PDF-(1\.[0-7]|2\.0)[\0\t\n\f\r %]/;

/** Markup a browser sniffs as HTML or SVG; none of them can start a PDF token, so none belongs in a PDF's head. */
const MARKUP = /<(!doctype|html|head|body|script|iframe|svg|object|embed|meta)/i;

const ZIP_LOCAL = 'PK\x03\x04';
const ZIP_END = 'PK\x05\x06';
const ZIP_CENTRAL = 'PK\x01\x02';

export function checkEnvelope(src: string, limits: PdfInspectLimits): void {
  const head = src.slice(0, 1024);
  if (!HEADER.test(head)) {
    const at = head.indexOf('%PDF-');
    if (at > 0 && head.slice(0, at).includes(ZIP_LOCAL)) throw new PdfDefect('polyglot-zip', 'a ZIP entry precedes %PDF-');
    if (at > 0 && MARKUP.test(head.slice(0, at))) throw new PdfDefect('polyglot-html', 'HTML precedes %PDF-');
    throw new PdfDefect('not-pdf', at > 0 ? `%PDF- starts at byte ${at}, not 0` : 'no %PDF-1.x or %PDF-2.0 header');
  }
  if (MARKUP.test(head)) throw new PdfDefect('polyglot-html', 'HTML markup in the first kilobyte');
  const eof = src.lastIndexOf('%%EOF');
  if (eof < 0) throw new PdfDefect('truncated', 'no %%EOF');
  const tail = src.length - (eof + 5);
  if (tail > limits.maxTrailingBytes) throw new PdfDefect('trailing-data', `${tail} bytes after the last %%EOF`);
  if (isZipArchive(src)) throw new PdfDefect('polyglot-zip', 'a ZIP central directory ends the file');
}

/**
 * ZIP readers look for the end-of-central-directory record in the last 64 KiB and follow it to the
 * central directory. A record whose directory really is there makes the file a ZIP (or JAR), wherever
 * the PDF parts around it are.
 */
function isZipArchive(src: string): boolean {
  const windowStart = Math.max(0, src.length - 65_557);
  for (let at = src.lastIndexOf(ZIP_END); at >= windowStart; at = src.lastIndexOf(ZIP_END, at - 1)) {
    if (at + 22 > src.length) continue;
    const u32 = (o: number) => (src.charCodeAt(o) | (src.charCodeAt(o + 1) << 8) | (src.charCodeAt(o + 2) << 16)) + src.charCodeAt(o + 3) * 0x1000000;
    const size = u32(at + 12);
    const offset = u32(at + 16);
    // Absolute offsets, or offsets relative to where the archive was appended (Info-ZIP's "zip -A").
    if (src.startsWith(ZIP_CENTRAL, offset) || (size <= at && src.startsWith(ZIP_CENTRAL, at - size))) return true;
    if (at === 0) break;
  }
  return false;
}
