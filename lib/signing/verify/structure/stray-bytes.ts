// Bytes appended after a signed revision that are no part of any later revision: not an object an
// xref entry points to (or an older version of one), not an xref section with its trailer and
// %%EOF. "PALSU" written after the file's last %%EOF, or before a copy of the signed revision's own
// startxref, is read by no PDF reader, yet the file is not the one that was signed: the verifier
// called it valid and unchanged while the file check on the same page said it differed.
// White space and comments (which every reader skips, and which other signers' updates may hold)
// are not counted.
import type { PdfRevision } from '@/lib/pdf/parse/revision';

const EOF_MARK = Buffer.from('%%EOF');
/** PDF white space (ISO 32000 7.2.3): NUL, tab, line feed, form feed, carriage return, space. */
const WHITE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);

/** The spans after `from` that the revisions account for: their objects, and each xref section up to its %%EOF. */
function accountedSpans(final: PdfRevision, from: number): { start: number; end: number }[] {
  const buf = Buffer.from(final.bytes.buffer, final.bytes.byteOffset, final.bytes.byteLength);
  const spans: { start: number; end: number }[] = [];
  for (const [num, entry] of final.entries) {
    if (entry.type !== 'offset' || entry.offset < from) continue;
    const span = final.get(num)?.span;
    if (span) spans.push(span);
  }
  for (const { num, offset } of final.superseded) {
    if (offset < from) continue;
    const span = final.objectAt(offset, num)?.span;
    if (span) spans.push(span);
  }
  for (const offset of final.sections) {
    if (offset < from) continue;
    const eof = buf.indexOf(EOF_MARK, offset);
    spans.push({ start: offset, end: eof < 0 ? offset : eof + EOF_MARK.length });
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The first byte from `at` on that is neither white space nor in a comment, before `to`; null when none. */
function firstStray(bytes: Uint8Array, at: number, to: number): number | null {
  for (let i = at; i < to; i++) {
    if (WHITE.has(bytes[i]!)) continue;
    if (bytes[i] !== 0x25) return i; // '%': a comment runs to the end of its line
    while (i < to && bytes[i] !== 0x0a && bytes[i] !== 0x0d) i++;
  }
  return null;
}

/** A change to report when bytes after `from` (a signed revision's end) belong to no revision. */
export function strayBytes(final: PdfRevision, from: number): string[] {
  const bytes = final.bytes;
  let at = from;
  let stray: number | null = null;
  let count = 0;
  const gap = (to: number) => {
    for (let i = at; i < to; ) {
      const found = firstStray(bytes, i, to);
      if (found === null) break;
      stray ??= found;
      let j = found;
      while (j < to && !WHITE.has(bytes[j]!)) j++;
      count += j - found;
      i = j;
    }
  };
  for (const span of accountedSpans(final, from)) {
    if (span.start > at) gap(span.start);
    at = Math.max(at, span.end);
  }
  gap(bytes.length);
  return stray === null ? [] : [`data yang bukan bagian dari dokumen (${count.toLocaleString('id-ID')} bita, mulai posisi ${stray}) ditambahkan setelah ditandatangani`];
}
