// One revision of a PDF as a reader sees it: the cross-reference data reached from the last
// "startxref" of a byte prefix, along its /Prev chain (classic tables, xref streams and hybrid
// files with /XRefStm), and the objects those entries point to, object streams included. All its
// bounds come from the WorkBudget, so the verifier and the upload check share it with their own limits.
import { Lexer } from './lexer';
import { PdfDamagedError, PdfRefusedError, type WorkBudget } from './limits';
import { decodeStream } from './streams';
import { PdfDict, PdfRef, type PdfValue } from './values';

export type XrefEntry =
  | { type: 'free' }
  | { type: 'offset'; offset: number; gen: number }
  | { type: 'compressed'; stream: number; index: number };

export interface PdfObject {
  num: number;
  gen: number;
  value: PdfValue;
  /** File offsets of "N G obj" and after "endobj"; null for an object inside an object stream. */
  span: { start: number; end: number } | null;
  /** Raw stream data in the file. */
  stream: { start: number; length: number } | null;
}

export interface ObjectStream {
  data: Uint8Array;
  first: number;
  offsets: { num: number; offset: number }[];
}

const STARTXREF = Buffer.from('startxref');
const ENDSTREAM = Buffer.from('endstream');

/** Offset of the xref data named by the last "startxref" of the bytes. */
function findStartXref(bytes: Uint8Array): number {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = buf.lastIndexOf(STARTXREF);
  if (at < 0) throw new PdfDamagedError('tidak ada "startxref": berkas terpotong atau bukan PDF utuh', 'truncated');
  const lexer = new Lexer(bytes, at + STARTXREF.length);
  const offset = lexer.readUint();
  if (offset === null || offset >= bytes.length) throw new PdfDamagedError('"startxref" menunjuk ke luar berkas');
  return offset;
}

export class PdfRevision {
  readonly entries = new Map<number, XrefEntry>();
  /** The trailer entries, newest first (a key from an older trailer only when no newer one has it). */
  readonly trailer: PdfDict = new PdfDict(new Map());
  /** Offsets of the xref sections along the chain, newest first. */
  readonly sections: number[] = [];
  /** Cross-reference entries that point at something else than the object they name. */
  readonly problems: string[] = [];
  /**
   * In-use offsets that an older section of the chain gives and a newer one overrides: the earlier
   * versions of objects an incremental update wrote again (a catalog given a DSS, then a later one).
   */
  readonly superseded: { num: number; offset: number }[] = [];
  /**
   * /XRefStm values a reader skips (not an offset, or a section already read, as a trailer copied
   * into an update repeats it). Harmless to the cross-reference data; the upload check refuses them.
   */
  readonly skippedXrefStm: PdfDamagedError[] = [];
  private readonly cache = new Map<number, PdfObject | null>();
  private readonly objectStreams = new Map<number, ObjectStream | null>();

  constructor(
    /** The bytes this revision is made of: a prefix of the file (or all of it). */
    readonly bytes: Uint8Array,
    readonly budget: WorkBudget,
  ) {
    const { limits } = budget;
    let offset: number | null = findStartXref(bytes);
    const seen = new Set<number>();
    const visit = (at: number) => {
      if (seen.has(at)) throw new PdfDamagedError('rantai /Prev tabel referensi silang berputar (loop)', 'xref-loop');
      seen.add(at);
      if (seen.size > limits.maxXrefSections) throw new PdfRefusedError(`berkas memuat lebih dari ${limits.maxXrefSections} bagian tabel referensi silang`, 'xref-loop');
    };
    while (offset !== null) {
      visit(offset);
      if (this.sections.length >= limits.maxRevisions) throw new PdfRefusedError(`berkas memuat lebih dari ${limits.maxRevisions} revisi`, 'xref-loop');
      this.sections.push(offset);
      const trailer = this.readSection(offset);
      // A hybrid file's /XRefStm holds entries its table lacks; it is read before the older /Prev.
      const hybrid = trailer.get('XRefStm');
      if (typeof hybrid === 'number' && !seen.has(hybrid)) {
        visit(hybrid);
        this.readSection(hybrid);
      } else if (typeof hybrid === 'number') {
        this.skippedXrefStm.push(new PdfDamagedError(`/XRefStm ${hybrid} menunjuk ke bagian yang sudah dibaca`, 'xref-loop'));
      } else if (hybrid !== undefined) {
        this.skippedXrefStm.push(new PdfDamagedError('/XRefStm bukan posisi dalam berkas'));
      }
      for (const [key, value] of trailer.entries) {
        if (!this.trailer.entries.has(key) && key !== 'Prev' && key !== 'XRefStm') this.trailer.entries.set(key, value);
      }
      const prev = trailer.get('Prev');
      offset = typeof prev === 'number' && Number.isSafeInteger(prev) && prev >= 0 && prev < bytes.length ? prev : null;
      if (prev !== undefined && offset === null) throw new PdfDamagedError('/Prev menunjuk ke luar berkas');
    }
  }

  get root(): PdfRef | null {
    const root = this.trailer.get('Root');
    return root instanceof PdfRef ? root : null;
  }

  private addEntry(num: number, entry: XrefEntry): void {
    if (this.entries.has(num)) {
      if (entry.type === 'offset' && this.superseded.length < this.budget.limits.maxObjects) this.superseded.push({ num, offset: entry.offset });
      return;
    }
    const { maxObjects } = this.budget.limits;
    if (this.entries.size >= maxObjects) throw new PdfRefusedError(`berkas memuat lebih dari ${maxObjects} objek`);
    this.entries.set(num, entry);
  }

  private lexer(at: number, bytes = this.bytes, end = bytes.length): Lexer {
    return new Lexer(bytes, at, end, this.budget);
  }

  private countEntries(count: number): void {
    const { maxObjects } = this.budget.limits;
    if (count > maxObjects) throw new PdfRefusedError(`berkas memuat lebih dari ${maxObjects} objek`);
    this.budget.countXrefEntries(count);
  }

  /** Reads one xref section (table + trailer, or an xref stream) and returns its trailer dictionary. */
  private readSection(offset: number): PdfDict {
    const lexer = this.lexer(offset);
    if (lexer.atWord('xref')) {
      lexer.readWord();
      for (;;) {
        if (lexer.atWord('trailer')) break;
        const first = lexer.readUint();
        const count = lexer.readUint();
        if (first === null || count === null) throw new PdfDamagedError(`tabel referensi silang rusak di posisi ${lexer.pos}`);
        this.countEntries(count);
        for (let i = 0; i < count; i++) {
          const at = lexer.readUint();
          const gen = lexer.readUint();
          lexer.skipSpace();
          const kind = this.bytes[lexer.pos++];
          if (at === null || gen === null || (kind !== 110 && kind !== 102)) throw new PdfDamagedError(`entri tabel referensi silang rusak di posisi ${lexer.pos}`);
          this.addEntry(first + i, kind === 110 ? { type: 'offset', offset: at, gen } : { type: 'free' });
        }
      }
      lexer.readWord();
      const trailer = lexer.parseValue();
      if (!(trailer instanceof PdfDict)) throw new PdfDamagedError('trailer bukan kamus');
      return trailer;
    }
    const object = this.parseObjectAt(offset, null);
    if (!object || !(object.value instanceof PdfDict) || object.value.name('Type') !== 'XRef' || !object.stream) {
      throw new PdfDamagedError(`tidak ada tabel referensi silang di posisi ${offset}`);
    }
    this.readXrefStream(object.value, this.rawStream(object));
    return object.value;
  }

  private readXrefStream(dict: PdfDict, raw: Uint8Array): void {
    const data = decodeStream(dict, raw, this.budget);
    if (!data) throw new PdfDamagedError('filter aliran referensi silang (XRef) tidak didukung', 'unsupported-filter');
    const w = dict.get('W');
    if (!Array.isArray(w) || w.length !== 3 || !w.every((x) => typeof x === 'number' && x >= 0 && x <= 8)) {
      throw new PdfDamagedError('aliran referensi silang (XRef) rusak');
    }
    const [w0, w1, w2] = w as number[];
    const size = dict.get('Size');
    const index = dict.get('Index') ?? [0, size];
    if (!Array.isArray(index) || index.length % 2 || !index.every((x) => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0)) {
      throw new PdfDamagedError('/Index aliran referensi silang rusak');
    }
    const rowLength = w0 + w1 + w2;
    const field = (at: number, width: number) => {
      let v = 0;
      for (let i = 0; i < width; i++) v = v * 256 + data[at + i];
      return v;
    };
    let row = 0;
    for (let s = 0; s < index.length; s += 2) {
      const [first, count] = [index[s] as number, index[s + 1] as number];
      this.countEntries(count);
      for (let i = 0; i < count; i++, row++) {
        const at = row * rowLength;
        if (at + rowLength > data.length) throw new PdfDamagedError('aliran referensi silang lebih pendek dari /Index');
        const type = w0 === 0 ? 1 : field(at, w0);
        const a = field(at + w0, w1);
        const b = field(at + w0 + w1, w2);
        if (type === 0) this.addEntry(first + i, { type: 'free' });
        else if (type === 1) this.addEntry(first + i, { type: 'offset', offset: a, gen: b });
        else if (type === 2) this.addEntry(first + i, { type: 'compressed', stream: a, index: b });
      }
    }
  }

  /** The object numbered num in this revision, or null (free, missing, or not where the xref says). */
  get(num: number): PdfObject | null {
    if (this.cache.has(num)) return this.cache.get(num)!;
    this.cache.set(num, null); // a /Length that refers back to its own stream resolves to nothing
    this.budget.visit();
    const entry = this.entries.get(num);
    let object: PdfObject | null = null;
    try {
      if (entry?.type === 'offset') object = this.parseObjectAt(entry.offset, num);
      else if (entry?.type === 'compressed') object = this.fromObjectStream(num, entry.stream, entry.index);
    } catch (error) {
      // One broken object is read as null, as readers do; the rest of the file stays readable.
      if (!(error instanceof PdfDamagedError)) throw error;
      this.problems.push(`objek ${num} rusak: ${error.reason}`);
    }
    this.cache.set(num, object);
    return object;
  }

  resolve(value: PdfValue | undefined): PdfValue | undefined {
    return value instanceof PdfRef ? (this.get(value.num)?.value ?? null) : value;
  }

  dict(value: PdfValue | undefined): PdfDict | null {
    const resolved = this.resolve(value);
    return resolved instanceof PdfDict ? resolved : null;
  }

  rawStream(object: PdfObject): Uint8Array {
    return object.stream ? this.bytes.subarray(object.stream.start, object.stream.start + object.stream.length) : new Uint8Array();
  }

  /** Decoded data of a stream object; null when it is not a stream or its filter is not one read here. */
  decoded(object: PdfObject): Uint8Array | null {
    if (!object.stream || !(object.value instanceof PdfDict)) return null;
    return decodeStream(object.value, this.rawStream(object), this.budget);
  }

  /** The xref stream object at a section offset (null for a classic table). */
  objectAtSection(offset: number): PdfObject | null {
    const lexer = this.lexer(offset);
    if (lexer.atWord('xref')) return null;
    return this.parseObjectAt(offset, null);
  }

  /** The object num as defined at offset, whatever the newest xref says (an overridden version). */
  objectAt(offset: number, num: number): PdfObject | null {
    try {
      const object = this.parseObjectAt(offset, null);
      return object?.num === num ? object : null;
    } catch (error) {
      if (error instanceof PdfDamagedError) return null;
      throw error;
    }
  }

  /** The object whose "N G obj" starts at offset (null when none does); throws when it cannot be parsed. */
  parseObjectAt(offset: number, expected: number | null): PdfObject | null {
    if (!(offset >= 0 && offset < this.bytes.length)) {
      this.problems.push(`objek ${expected} menunjuk ke luar berkas`);
      return null;
    }
    this.budget.checkTime();
    const lexer = this.lexer(offset);
    lexer.skipSpace();
    const start = lexer.pos;
    const num = lexer.readUint();
    const gen = lexer.readUint();
    if (num === null || gen === null || !lexer.atWord('obj') || (expected !== null && num !== expected)) {
      if (expected !== null) this.problems.push(`tabel referensi silang menunjuk ke posisi yang salah untuk objek ${expected}`);
      return null;
    }
    lexer.pos += 3;
    const value = lexer.parseValue();
    let stream: PdfObject['stream'] = null;
    if (value instanceof PdfDict && lexer.atWord('stream')) {
      lexer.readWord();
      if (this.bytes[lexer.pos] === 13) lexer.pos++;
      if (this.bytes[lexer.pos] === 10) lexer.pos++;
      stream = { start: lexer.pos, length: this.streamLength(value, lexer.pos) };
      lexer.pos = stream.start + stream.length;
      if (lexer.atWord('endstream')) lexer.pos += 9;
    }
    if (lexer.atWord('endobj')) lexer.pos += 6;
    return { num, gen, value, span: { start, end: lexer.pos }, stream };
  }

  /** /Length when it is consistent with an "endstream" right after the data, else up to the next "endstream". */
  private streamLength(dict: PdfDict, start: number): number {
    const declared = this.resolve(dict.get('Length'));
    if (typeof declared === 'number' && Number.isSafeInteger(declared) && declared >= 0 && start + declared <= this.bytes.length) {
      if (this.lexer(start + declared).atWord('endstream')) return declared;
    }
    const buf = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength);
    const end = buf.indexOf(ENDSTREAM, start);
    if (end < 0) throw new PdfDamagedError('aliran data tidak diakhiri "endstream": berkas terpotong', 'truncated');
    let length = end - start;
    if (this.bytes[start + length - 1] === 10) length--;
    if (this.bytes[start + length - 1] === 13) length--;
    return length;
  }

  private objectStream(num: number): ObjectStream | null {
    if (this.objectStreams.has(num)) return this.objectStreams.get(num)!;
    this.objectStreams.set(num, null);
    const entry = this.entries.get(num);
    const object = entry?.type === 'offset' ? this.get(num) : null;
    if (!object || !(object.value instanceof PdfDict) || object.value.name('Type') !== 'ObjStm') {
      this.problems.push(`object stream ${num} tidak ada atau rusak`);
      return null;
    }
    let parsed: ObjectStream | null = null;
    try {
      parsed = this.readObjectStream(object);
    } catch (error) {
      if (!(error instanceof PdfDamagedError || (error instanceof PdfRefusedError && error.fault === 'unsupported-filter'))) throw error;
    }
    if (!parsed) this.problems.push(`object stream ${num} tidak dapat dibaca`);
    this.objectStreams.set(num, parsed);
    return parsed;
  }

  /**
   * The decoded data of an object stream and where its objects start (a header cut short gives
   * fewer offsets than /N). Throws when /N or /First is not a count, or the filter is not one read here.
   */
  readObjectStream(object: PdfObject): ObjectStream {
    const dict = object.value instanceof PdfDict ? object.value : new PdfDict(new Map());
    const n = dict.get('N');
    const first = dict.get('First');
    if (!(typeof n === 'number' && Number.isSafeInteger(n) && n >= 0 && typeof first === 'number' && Number.isSafeInteger(first) && first >= 0)) {
      throw new PdfDamagedError(`object stream ${object.num} tidak memiliki /N dan /First yang sah`);
    }
    const { maxObjectsPerStream } = this.budget.limits;
    if (n > maxObjectsPerStream) throw new PdfRefusedError(`sebuah object stream memuat lebih dari ${maxObjectsPerStream} objek`);
    const data = this.decoded(object);
    if (!data) throw new PdfRefusedError(`filter object stream ${object.num} tidak didukung`, 'unsupported-filter');
    const header = this.lexer(0, data, Math.min(first, data.length));
    const offsets: ObjectStream['offsets'] = [];
    for (let i = 0; i < n; i++) {
      const objectNum = header.readUint();
      const offset = header.readUint();
      if (objectNum === null || offset === null) break;
      offsets.push({ num: objectNum, offset });
    }
    return { data, first, offsets };
  }

  private fromObjectStream(num: number, streamNum: number, index: number): PdfObject | null {
    const objectStream = this.objectStream(streamNum);
    const slot = objectStream?.offsets[index];
    if (!objectStream || !slot || slot.num !== num) {
      this.problems.push(`objek ${num} tidak ditemukan di object stream ${streamNum}`);
      return null;
    }
    return { num, gen: 0, value: this.lexer(objectStream.first + slot.offset, objectStream.data).parseValue(), span: null, stream: null };
  }

  private sortedOffsets: { offset: number; num: number }[] | null = null;

  /** The object whose xref offset is the last one at or before `at` (the one that may contain it). */
  containerAt(at: number): number | null {
    if (!this.sortedOffsets) {
      this.sortedOffsets = [];
      for (const [num, entry] of this.entries) if (entry.type === 'offset') this.sortedOffsets.push({ offset: entry.offset, num });
      this.sortedOffsets.sort((a, b) => a.offset - b.offset);
    }
    const list = this.sortedOffsets;
    let lo = 0;
    let hi = list.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].offset <= at) lo = mid + 1;
      else hi = mid - 1;
    }
    return hi >= 0 ? list[hi].num : null;
  }

  /**
   * Objects in use whose source matches `pattern` (global), found by scanning the file and each
   * object stream rather than parsing every object: a file of a hundred thousand tiny objects
   * costs one scan.
   */
  objectsMatching(pattern: RegExp): number[] {
    const found = new Set<number>();
    const text = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.bytes.byteLength).toString('latin1');
    for (const match of text.matchAll(pattern)) {
      const num = this.containerAt(match.index);
      if (num !== null) found.add(num);
    }
    const streams = new Set<number>();
    for (const entry of this.entries.values()) if (entry.type === 'compressed') streams.add(entry.stream);
    for (const streamNum of streams) {
      const objectStream = this.objectStream(streamNum);
      if (!objectStream || !new RegExp(pattern.source).test(Buffer.from(objectStream.data).toString('latin1'))) continue;
      for (const { num } of objectStream.offsets) {
        const entry = this.entries.get(num);
        if (entry?.type === 'compressed' && entry.stream === streamNum) found.add(num);
      }
    }
    return [...found];
  }
}
