// Inspects an untrusted PDF: a pure function of the bytes and the limits, with no I/O, so it can run
// in a worker thread. It reads the file as a hostile reader would have to: the envelope (header,
// tail, second formats), the cross-reference chain, every object in the body whether or not the
// xref points at it, and every object inside object streams; then reports active content.
import { ActiveContentCollector } from './active-content';
import { Budget } from './budget';
import { decodeStream } from './decode-stream';
import { checkEnvelope } from './envelope';
import { readIndirectObject, type IndirectObject } from './indirect-object';
import { isDict, nameOf, PdfLexer, PdfRef, SyntaxFault, type PdfValue } from './syntax';
import { DEFAULT_PDF_LIMITS, PdfDefect, type PdfInspection, type PdfInspectLimits } from './types';
import { readCrossReference, type CrossReference } from './xref';

export function inspectPdf(bytes: Uint8Array, limits: PdfInspectLimits = DEFAULT_PDF_LIMITS): PdfInspection {
  const started = performance.now();
  const elapsed = () => Math.round(performance.now() - started);
  try {
    if (bytes.byteLength > limits.maxBytes) throw new PdfDefect('too-large', `larger than ${limits.maxBytes} bytes`);
    const src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
    checkEnvelope(src, limits);
    const budget = new Budget(limits);
    const xref = readCrossReference(src, bytes, budget);
    if (xref.trailer.has('Encrypt')) throw new PdfDefect('encrypted', 'the file is encrypted, so its streams cannot be read');
    const body = new PdfBody(src, bytes, budget, xref);
    body.readAll();
    const catalog = body.resolve(xref.trailer.get('Root'));
    if (!isDict(catalog) || (nameOf(catalog.get('Type')) !== 'Catalog' && !catalog.has('Pages'))) {
      throw new PdfDefect('no-catalog', 'the trailer\'s /Root is not a document catalog');
    }
    const collector = new ActiveContentCollector();
    for (const object of body.objects) collector.walk(object.value, object.num);
    for (const { ref, objectNumber } of collector.openActionRefs) collector.checkOpenAction(body.resolve(ref), objectNumber);
    return { sound: true, activeContent: collector.result(), objectCount: budget.objectCount, elapsedMs: elapsed() };
  } catch (error) {
    if (error instanceof PdfDefect) return { sound: false, defect: error.kind, detail: error.message, elapsedMs: elapsed() };
    // Fail closed: whatever else a hostile file provokes is a file we cannot vouch for, never a 500.
    return { sound: false, defect: 'broken-structure', detail: error instanceof Error ? error.message : String(error), elapsedMs: elapsed() };
  }
}

/** "12 0 obj" not preceded by a digit and followed by a delimiter. */
const objectHeader = () => /(?<![0-9])(\d{1,10})[\0\t\n\f\r ]+(\d{1,5})[\0\t\n\f\r ]+obj(?=[\0\t\n\f\r ()<>[\]{}/%]|$)/g;

/** Every object of the file: the body scanned front to back, objects the xref points to, object streams. */
class PdfBody {
  readonly objects: { num: number; value: PdfValue }[] = [];
  private readonly byOffset = new Map<number, IndirectObject>();
  private readonly inObjectStreams = new Map<number, PdfValue[]>();
  private readonly byNumber = new Map<number, PdfValue>();

  constructor(
    private readonly src: string,
    private readonly bytes: Uint8Array,
    private readonly budget: Budget,
    private readonly xref: CrossReference,
  ) {}

  readAll(): void {
    // The scan skips stream data, so bytes of an image never pass for objects; a lying /Length
    // only makes it scan more.
    const header = objectHeader();
    for (let match = header.exec(this.src); match; match = header.exec(this.src)) {
      const object = this.read(match.index, true)!;
      header.lastIndex = Math.max(object.end, match.index + match[0].length);
    }
    // An xref offset into what the scan took for stream data is still where a reader looks.
    for (const entry of this.xref.entries.values()) {
      if (entry.at === 'offset' && !this.byOffset.has(entry.offset) && entry.offset < this.src.length) this.read(entry.offset, false);
    }
    for (const object of [...this.byOffset.values()]) {
      if (object.stream && nameOf(object.stream.dict.get('Type')) === 'ObjStm') this.readObjectStream(object);
    }
  }

  /** The object at offset; a body object that cannot be read is a defect, a stale xref offset is not. */
  private read(offset: number, strict: boolean): IndirectObject | null {
    try {
      const object = readIndirectObject(this.src, offset, this.budget);
      this.budget.countObjects(1);
      this.byOffset.set(offset, object);
      this.objects.push({ num: object.num, value: object.value });
      this.byNumber.set(object.num, object.value);
      return object;
    } catch (error) {
      if (!(error instanceof SyntaxFault)) throw error;
      if (strict) throw new PdfDefect('broken-structure', `object at ${offset} cannot be read: ${error.message}`);
      return null;
    }
  }

  private readObjectStream(object: IndirectObject): void {
    const { dict, start, end } = object.stream!;
    const n = dict.get('N');
    const first = dict.get('First');
    if (typeof n !== 'number' || typeof first !== 'number' || !Number.isInteger(n) || n < 0 || !Number.isInteger(first) || first < 0) {
      throw new PdfDefect('broken-structure', `object stream ${object.num} has no valid /N and /First`);
    }
    this.budget.countObjects(n);
    const data = Buffer.from(decodeStream(this.bytes.subarray(start, end), dict, this.budget)).toString('latin1');
    const lexer = new PdfLexer(data, this.budget);
    const values: PdfValue[] = [];
    try {
      const offsets: { num: number; offset: number }[] = [];
      for (let i = 0; i < n; i++) offsets.push({ num: lexer.readInt(), offset: lexer.readInt() });
      for (const { num, offset } of offsets) {
        if (first + offset >= data.length) throw new SyntaxFault(`object ${num} lies past the stream's end`);
        const value = new PdfLexer(data, this.budget, first + offset).readValue();
        values.push(value);
        this.objects.push({ num, value });
        if (!this.byNumber.has(num)) this.byNumber.set(num, value);
      }
    } catch (error) {
      if (error instanceof SyntaxFault) throw new PdfDefect('broken-structure', `object stream ${object.num}: ${error.message}`);
      throw error;
    }
    this.inObjectStreams.set(object.num, values);
  }

  /** A reference resolved the way a reader does: through the xref, else the last body object of that number. */
  resolve(value: PdfValue | undefined, hops = 0): PdfValue | undefined {
    if (!(value instanceof PdfRef)) return value;
    if (hops > 8) return undefined;
    const entry = this.xref.entries.get(value.num);
    let target: PdfValue | undefined;
    if (entry?.at === 'offset') {
      const object = this.byOffset.get(entry.offset);
      if (object?.num === value.num) target = object.value;
    } else if (entry?.at === 'object-stream') {
      target = this.inObjectStreams.get(entry.stream)?.[entry.index];
    }
    return this.resolve(target ?? this.byNumber.get(value.num), hops + 1);
  }
}
