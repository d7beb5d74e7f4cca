// A PDF read for verification: the final revision a reader sees and, on demand, the revision each
// signature covers, all through the file's real cross-reference data (./structure). Nothing here
// rewrites a byte: a signature covers bytes.
import { PdfDamagedError, WorkBudget } from '@/lib/pdf/parse/limits';
import { LIMITS } from './structure/limits';
import { PdfRevision } from '@/lib/pdf/parse/revision';

export class PdfObjects {
  readonly budget = new WorkBudget();
  /** The document as a reader of the whole file sees it; null when no revision can be read at all. */
  readonly final: PdfRevision | null = null;
  /** Why the file cannot be read as a PDF (truncated, broken cross-reference data), in Indonesian. */
  readonly damage: string | null = null;
  private readonly revisions = new Map<number, PdfRevision | PdfDamagedError>();

  constructor(readonly bytes: Uint8Array) {
    try {
      this.final = new PdfRevision(bytes, this.budget);
      this.damage = incompleteLastRevision(bytes);
    } catch (error) {
      if (!(error instanceof PdfDamagedError)) throw error;
      this.damage = error.reason;
    }
  }

  /** The revision made of the first `end` bytes (what a signature ending there covers). */
  revisionEndingAt(end: number): PdfRevision {
    if (end === this.bytes.length && this.final) return this.final;
    let revision = this.revisions.get(end);
    if (!revision) {
      if (this.revisions.size >= LIMITS.maxRevisions) throw new PdfDamagedError('terlalu banyak revisi bertanda tangan');
      try {
        revision = new PdfRevision(this.bytes.subarray(0, end), this.budget);
      } catch (error) {
        if (!(error instanceof PdfDamagedError)) throw error;
        revision = error;
      }
      this.revisions.set(end, revision);
    }
    if (revision instanceof PdfDamagedError) throw revision;
    return revision;
  }

  /** Decoded bytes of a stream object of the final revision (FlateDecode or unfiltered). */
  streamBytes(num: number): Uint8Array | null {
    const object = this.final?.get(num);
    return object && this.final ? this.final.decoded(object) : null;
  }
}

const EOF_MARK = Buffer.from('%%EOF');

/**
 * A file cut off in the middle of its last incremental update still has an older, readable
 * revision; what follows that revision's %%EOF then holds the start of an xref section or an
 * object that never ends. That is a damaged file, not a shorter document.
 */
function incompleteLastRevision(bytes: Uint8Array): string | null {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eof = buf.lastIndexOf(EOF_MARK);
  const tail = buf.subarray(eof < 0 ? 0 : eof + EOF_MARK.length).toString('latin1');
  if (/^\s*$/.test(tail)) return null;
  const afterLastObject = tail.slice(tail.lastIndexOf('endobj') + 1);
  if (/\b(xref|trailer|startxref)\b/.test(tail) || /(?<![0-9])\d+\s+\d+\s+obj\b/.test(afterLastObject)) return 'berkas terpotong: revisi terakhirnya tidak lengkap';
  return null;
}

/** PDF date "D:20261123150817+07'00'" to a Date. */
export function pdfDate(value: string | undefined): Date | undefined {
  const m = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(value ?? '');
  if (!m) return undefined;
  const tz = !m[7] || m[7] === 'Z' ? 'Z' : `${m[7].slice(0, 3)}:${m[7].replace(/'/g, '').slice(3, 5)}`;
  const date = new Date(`${m[1]}-${m[2] ?? '01'}-${m[3] ?? '01'}T${m[4] ?? '00'}:${m[5] ?? '00'}:${m[6] ?? '00'}${tz}`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
