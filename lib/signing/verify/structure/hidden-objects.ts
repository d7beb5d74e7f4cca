// Objects in the appended bytes that no cross-reference entry accounts for (after a NUL, a comment,
// or simply without an xref update). A reader that repairs the file by scanning for "N G obj"
// shows them, so they count as changes even though the xref-based model does not see them.
import { Lexer } from './lexer';
import type { PdfRevision } from './revision';
import { PdfDict } from './values';

const OBJECT_HEADER = /(?<![0-9])(\d{1,10})\s+(\d{1,5})\s+obj\b/g;
const MAX_REPORTED = 20;

/** Whether at lies in one of the spans (sorted by start, not overlapping). */
function inside(spans: { start: number; end: number }[], at: number): boolean {
  let lo = 0;
  let hi = spans.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start <= at) lo = mid + 1;
    else hi = mid - 1;
  }
  return hi >= 0 && at < spans[hi].end;
}

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

export function objectsOutsideXref(final: PdfRevision, from: number): string[] {
  const accounted: { start: number; end: number }[] = [];
  for (const [num, entry] of final.entries) {
    if (entry.type !== 'offset' || entry.offset < from) continue;
    const object = final.get(num);
    if (object?.span) accounted.push(object.span);
  }
  for (const offset of final.sections) {
    const object = offset >= from ? final.objectAtSection(offset) : null;
    if (object?.span) accounted.push(object.span);
  }
  accounted.sort((a, b) => a.start - b.start);
  const tail = Buffer.from(final.bytes.buffer, final.bytes.byteOffset + from, final.bytes.length - from).toString('latin1');
  const found: string[] = [];
  OBJECT_HEADER.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = OBJECT_HEADER.exec(tail))) {
    const at = from + match.index;
    if (inside(accounted, at)) continue;
    if (found.length === MAX_REPORTED) {
      found.push('dan objek lain di luar tabel referensi silang');
      break;
    }
    const type = typeAt(final.bytes, at);
    found.push(`objek ${match[1]}${type ? ` (${type})` : ''} di posisi ${at} berada di luar tabel referensi silang`);
  }
  return found;
}
