// Objects in the appended bytes that no cross-reference entry accounts for (after a NUL, a comment,
// or simply without an xref update). A reader that repairs the file by scanning for "N G obj"
// shows them, so they count as changes even though the xref-based model does not see them.
// An earlier version of an object that a later update wrote again (our DSS and time-stamp rounds
// rewrite the catalog, the page and the AcroForm each time) is accounted for by the section that
// gave it, as long as its replacement comes after it: a reader scanning in file order also ends
// on the version the xref names.
import { Lexer } from '@/lib/pdf/parse/lexer';
import type { PdfRevision } from '@/lib/pdf/parse/revision';
import { PdfDict } from '@/lib/pdf/parse/values';

const OBJECT_HEADER = /(?<![0-9])(\d{1,10})\s+(\d{1,5})\s+obj\b/g;
const MAX_REPORTED = 20;

/** /Type of the object whose header starts at `at`, when it parses. */
function typeAt(bytes: Uint8Array, at: number): string | undefined {
  try {
    const lexer = new Lexer(bytes, at);
    lexer.readUint();
    lexer.readUint();
    lexer.readWord();
    const value = lexer.parseValue();
    return value instanceof PdfDict ? value.name('Type') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Offset of the newest definition of num when it is a plain "N G obj" too; null when it sits in an
 * object stream, where a reader repairing the file by scanning for headers would not find it.
 */
function currentOffset(final: PdfRevision, num: number): number | null {
  const entry = final.entries.get(num);
  return entry?.type === 'offset' ? entry.offset : null;
}

/** Spans of the overridden versions in the appended bytes whose replacement lies later in the file. */
function supersededSpans(final: PdfRevision, from: number): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  for (const { num, offset } of final.superseded) {
    const replacement = currentOffset(final, num);
    if (offset < from || replacement === null || replacement <= offset) continue;
    const span = final.objectAt(offset, num)?.span;
    if (span) spans.push(span);
  }
  return spans;
}

/** Only whitespace between an xref offset and the header found after it. */
const pointsAt = (bytes: Uint8Array, offset: number, at: number) =>
  at >= offset && at - offset < 64 && /^\s*$/.test(Buffer.from(bytes.subarray(offset, at)).toString('latin1'));

/** Headers in the appended bytes that are neither where an xref entry points nor inside such an object (its stream data). */
export function objectsOutsideXref(final: PdfRevision, from: number): string[] {
  const sectionObjects = final.sections.filter((offset) => offset >= from).map((offset) => final.objectAtSection(offset)?.span);
  const olderVersions = supersededSpans(final, from);
  const accounted = (at: number) => {
    const num = final.containerAt(at);
    const entry = num === null ? undefined : final.entries.get(num);
    if (entry?.type === 'offset' && pointsAt(final.bytes, entry.offset, at)) return true;
    const span = num === null ? undefined : final.get(num)?.span;
    if (span && at >= span.start && at < span.end) return true;
    if (olderVersions.some((s) => at >= s.start && at < s.end)) return true;
    return sectionObjects.some((s) => s && at >= s.start && at < s.end);
  };
  const tail = Buffer.from(final.bytes.buffer, final.bytes.byteOffset + from, final.bytes.length - from).toString('latin1');
  const found: string[] = [];
  OBJECT_HEADER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = OBJECT_HEADER.exec(tail))) {
    const at = from + match.index;
    if (accounted(at)) continue;
    if (found.length === MAX_REPORTED) {
      found.push('dan objek lain di luar tabel referensi silang');
      break;
    }
    const type = typeAt(final.bytes, at);
    found.push(`objek ${match[1]}${type ? ` (${type})` : ''} di posisi ${at} berada di luar tabel referensi silang`);
  }
  return found;
}
