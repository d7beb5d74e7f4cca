// Inspects an untrusted PDF: a pure function of the bytes and the limits, with no I/O, so it can run
// in a worker thread. The parsing is the one the signature verifier uses too (lib/pdf/parse: xref
// tables and streams, /Prev and /XRefStm chains, object streams, bounded decoding), run under the
// upload's limits; on top of it this reads the file as a hostile reader would have to: the
// envelope (header, tail, second formats), every object in the body whether or not the xref points
// at it, every object inside every object stream; then reports active content.
import { Lexer } from '@/lib/pdf/parse/lexer';
import { PdfDamagedError, PdfRefusedError, WorkBudget } from '@/lib/pdf/parse/limits';
import { PdfRevision, type PdfObject } from '@/lib/pdf/parse/revision';
import { PdfDict, PdfRef, type PdfValue } from '@/lib/pdf/parse/values';
import { ActiveContentCollector } from './active-content';
import { checkEnvelope } from './envelope';
import { DEFAULT_PDF_LIMITS, PdfDefect, type PdfInspection, type PdfInspectLimits } from './types';

export function inspectPdf(bytes: Uint8Array, limits: PdfInspectLimits = DEFAULT_PDF_LIMITS): PdfInspection {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    if (bytes.byteLength > limits.maxBytes) throw new PdfDefect('too-large', `larger than ${limits.maxBytes} bytes`);
    const src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    checkEnvelope(src, limits);
    const budget = new WorkBudget(limits);
    const revision = new PdfRevision(bytes, budget);
    const [skippedXrefStm] = revision.skippedXrefStm;
    if (skippedXrefStm) throw skippedXrefStm;
    if (revision.trailer.entries.has('Encrypt')) throw new PdfDefect('encrypted', 'the file is encrypted, so its streams cannot be read');
    const body = new PdfBody(src, revision, limits);
    body.readAll();
    const catalog = body.resolve(revision.trailer.get('Root'));
    if (!(catalog instanceof PdfDict) || (catalog.name('Type') !== 'Catalog' && !catalog.entries.has('Pages'))) {
      throw new PdfDefect('no-catalog', 'the trailer\'s /Root is not a document catalog');
    }
    const collector = new ActiveContentCollector();
    collector.walk(revision.trailer, null);
    for (const object of body.objects) collector.walk(object.value, object.num);
    for (const { ref, objectNumber } of collector.openActionRefs) collector.checkOpenAction(body.resolve(ref), objectNumber);
    return { sound: true, activeContent: collector.result(), objectCount: body.objectCount, elapsedMs: elapsed() };
  } catch (error) {
    if (error instanceof PdfDefect) return { sound: false, defect: error.kind, detail: error.message, elapsedMs: elapsed() };
    if (error instanceof PdfDamagedError || error instanceof PdfRefusedError) return { sound: false, defect: error.fault, detail: error.reason, elapsedMs: elapsed() };
    // Fail closed: whatever else a hostile file provokes is a file we cannot vouch for, never a 500.
    return { sound: false, defect: 'broken-structure', detail: error instanceof Error ? error.message : String(error), elapsedMs: elapsed() };
  }
}

/** "12 0 obj" not preceded by a digit and followed by a delimiter. */
const objectHeader = () => /(?<![0-9])(\d{1,10})[\0\t\n\f\r ]+(\d{1,5})[\0\t\n\f\r ]+obj(?=[\0\t\n\f\r ()<>[\]{}/%]|$)/g;

/** Every object of the file: the body scanned front to back, objects the xref points to, object streams. */
class PdfBody {
  readonly objects: { num: number; value: PdfValue }[] = [];
  objectCount = 0;
  private readonly byOffset = new Map<number, PdfObject>();
  private readonly inObjectStreams = new Map<number, PdfValue[]>();
  private readonly byNumber = new Map<number, PdfValue>();

  constructor(
    private readonly src: string,
    private readonly revision: PdfRevision,
    private readonly limits: PdfInspectLimits,
  ) {}

  readAll(): void {
    // The scan skips stream data, so bytes of an image never pass for objects; a lying /Length
    // only makes it scan more.
    const header = objectHeader();
    for (let match = header.exec(this.src); match; match = header.exec(this.src)) {
      const object = this.read(match.index, true)!;
      header.lastIndex = Math.max(object.span!.end, match.index + match[0].length);
    }
    // An xref offset into what the scan took for stream data is still where a reader looks.
    for (const entry of this.revision.entries.values()) {
      if (entry.type === 'offset' && !this.byOffset.has(entry.offset) && entry.offset < this.src.length) this.read(entry.offset, false);
    }
    for (const object of [...this.byOffset.values()]) {
      if (object.stream && object.value instanceof PdfDict && object.value.name('Type') === 'ObjStm') this.readObjectStream(object);
    }
  }

  private count(n: number): void {
    this.objectCount += n;
    if (this.objectCount > this.limits.maxObjects) throw new PdfDefect('too-many-objects', `more than ${this.limits.maxObjects} objects`);
  }

  /**
   * The object at offset. A body object that cannot be read is a defect; a stale xref offset is
   * not, unless what it points at is a stream cut off before its end.
   */
  private read(offset: number, strict: boolean): PdfObject | null {
    let object: PdfObject | null;
    try {
      object = this.revision.parseObjectAt(offset, null);
      // A stream keyword after a value that is not a dictionary: the parser stops before it.
      if (object && !object.stream && new Lexer(this.revision.bytes, object.span!.end).atWord('stream')) {
        throw new PdfDamagedError(`object ${object.num} has stream data without a dictionary`);
      }
    } catch (error) {
      if (strict || !(error instanceof PdfDamagedError) || error.fault === 'truncated') throw error;
      return null;
    }
    if (!object) {
      if (strict) throw new PdfDefect('broken-structure', `object at ${offset} cannot be read`);
      return null;
    }
    this.count(1);
    this.byOffset.set(offset, object);
    this.objects.push({ num: object.num, value: object.value });
    this.byNumber.set(object.num, object.value);
    return object;
  }

  /** Every object of the stream, strictly: an object stream we cannot read could hide anything. */
  private readObjectStream(object: PdfObject): void {
    const n = (object.value as PdfDict).get('N');
    if (typeof n === 'number' && n >= 0) this.count(n);
    const { data, first, offsets } = this.revision.readObjectStream(object);
    if (offsets.length < (n as number)) throw new PdfDefect('broken-structure', `object stream ${object.num} lists fewer objects than /N`);
    const values: PdfValue[] = [];
    for (const { num, offset } of offsets) {
      if (first + offset >= data.length) throw new PdfDefect('broken-structure', `object ${num} lies past the end of object stream ${object.num}`);
      const value = new Lexer(data, first + offset, data.length, this.revision.budget).parseValue();
      values.push(value);
      this.objects.push({ num, value });
      if (!this.byNumber.has(num)) this.byNumber.set(num, value);
    }
    this.inObjectStreams.set(object.num, values);
  }

  /** A reference resolved the way a reader does: through the xref, else the last body object of that number. */
  resolve(value: PdfValue | undefined, hops = 0): PdfValue | undefined {
    if (!(value instanceof PdfRef)) return value;
    if (hops > 8) return undefined;
    const entry = this.revision.entries.get(value.num);
    let target: PdfValue | undefined;
    if (entry?.type === 'offset') {
      const object = this.byOffset.get(entry.offset);
      if (object?.num === value.num) target = object.value;
    } else if (entry?.type === 'compressed') {
      target = this.inObjectStreams.get(entry.stream)?.[entry.index];
    }
    return this.resolve(target ?? this.byNumber.get(value.num), hops + 1);
  }
}
