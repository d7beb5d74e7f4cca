// A PDF tokenizer and value parser over raw bytes (ISO 32000-1, 7.2 and 7.3): comments, all string
// forms, names with #xx escapes, "N G R" references. Nesting is bounded, so no input can exhaust
// the stack, and every value is counted against the WorkBudget when one is given.
import { PARSE_LIMITS, PdfDamagedError, PdfRefusedError, type WorkBudget } from './limits';
import { PdfDict, PdfKeyword, PdfName, PdfRef, PdfString, type PdfValue } from './values';

const WHITESPACE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITESPACE[c] = 1;
const DELIMITER = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIMITER[c.charCodeAt(0)] = 1;

const isRegular = (c: number) => !WHITESPACE[c] && !DELIMITER[c];
const HEX = (c: number) => (c >= 48 && c <= 57 ? c - 48 : c >= 65 && c <= 70 ? c - 55 : c >= 97 && c <= 102 ? c - 87 : -1);

export class Lexer {
  constructor(
    readonly buf: Uint8Array,
    public pos = 0,
    readonly end = buf.length,
    readonly budget?: WorkBudget,
  ) {}

  skipSpace(): void {
    const { buf, end } = this;
    while (this.pos < end) {
      const c = buf[this.pos];
      if (WHITESPACE[c]) this.pos++;
      else if (c === 37) {
        while (this.pos < end && buf[this.pos] !== 10 && buf[this.pos] !== 13) this.pos++;
      } else break;
    }
  }

  /** The regular characters at the current position (a number or keyword), without moving. */
  peekWord(): string {
    this.skipSpace();
    let i = this.pos;
    while (i < this.end && isRegular(this.buf[i])) i++;
    return Buffer.from(this.buf.buffer, this.buf.byteOffset + this.pos, i - this.pos).toString('latin1');
  }

  readWord(): string {
    const word = this.peekWord();
    this.pos += word.length;
    return word;
  }

  /** A non-negative integer word, or null (position unchanged). Reads bytes: no string per token. */
  readUint(): number | null {
    this.skipSpace();
    const { buf, end } = this;
    let i = this.pos;
    let value = 0;
    while (i < end && buf[i] >= 48 && buf[i] <= 57 && i - this.pos < 15) value = value * 10 + buf[i++] - 48;
    if (i === this.pos || (i < end && isRegular(buf[i]))) return null;
    this.pos = i;
    return value;
  }

  /** Whether the next word is exactly `word` (without moving). */
  atWord(word: string): boolean {
    this.skipSpace();
    const { buf } = this;
    for (let k = 0; k < word.length; k++) if (buf[this.pos + k] !== word.charCodeAt(k)) return false;
    const after = this.pos + word.length;
    return after >= this.end || !isRegular(buf[after]);
  }

  parseValue(depth = 0): PdfValue {
    this.budget?.tick();
    const maxNesting = this.budget?.limits.maxNesting ?? PARSE_LIMITS.maxNesting;
    if (depth > maxNesting) throw new PdfRefusedError(`struktur bersarang lebih dari ${maxNesting} tingkat`, 'too-deep');
    this.skipSpace();
    if (this.pos >= this.end) throw new PdfDamagedError('berkas berakhir di tengah objek');
    const { buf } = this;
    const c = buf[this.pos];
    if (c === 47) return this.parseName();
    if (c === 40) return this.parseLiteralString();
    if (c === 60) {
      if (buf[this.pos + 1] === 60) return this.parseDict(depth);
      return this.parseHexString();
    }
    if (c === 91) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (this.pos >= this.end) throw new PdfDamagedError('larik (array) tidak ditutup');
        if (buf[this.pos] === 93) {
          this.pos++;
          return items;
        }
        items.push(this.parseValue(depth + 1));
      }
    }
    if (DELIMITER[c]) {
      this.pos++;
      return new PdfKeyword(String.fromCharCode(c));
    }
    if (c >= 48 && c <= 57) {
      // An integer, or "N G R": look ahead for the generation and the R.
      const num = this.readUint();
      if (num !== null) {
        const afterNum = this.pos;
        const gen = this.readUint();
        if (gen !== null && this.atWord('R')) {
          this.pos += 1;
          return this.ref(num, gen);
        }
        this.pos = afterNum;
        return num;
      }
    }
    const word = this.readWord();
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return Number(word);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return new PdfKeyword(word);
  }

  /** One PdfRef per object a lexer reads: an array may repeat the same reference a million times. */
  private readonly refs = new Map<number, PdfRef>();

  private ref(num: number, gen: number): PdfRef {
    if (gen !== 0) return new PdfRef(num, gen);
    let ref = this.refs.get(num);
    if (!ref) this.refs.set(num, (ref = new PdfRef(num, 0)));
    return ref;
  }

  private parseDict(depth: number): PdfDict {
    this.pos += 2;
    const entries = new Map<string, PdfValue>();
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.end) throw new PdfDamagedError('kamus (dictionary) tidak ditutup');
      if (this.buf[this.pos] === 62 && this.buf[this.pos + 1] === 62) {
        this.pos += 2;
        return new PdfDict(entries);
      }
      const key = this.parseValue(depth + 1);
      if (!(key instanceof PdfName)) throw new PdfDamagedError(`kunci kamus bukan nama di posisi ${this.pos}`);
      entries.set(key.value, this.parseValue(depth + 1));
    }
  }

  private parseName(): PdfName {
    const { buf } = this;
    this.pos++;
    const bytes: number[] = [];
    while (this.pos < this.end && isRegular(buf[this.pos])) {
      const c = buf[this.pos];
      if (c === 35 && HEX(buf[this.pos + 1]) >= 0 && HEX(buf[this.pos + 2]) >= 0) {
        bytes.push(HEX(buf[this.pos + 1]) * 16 + HEX(buf[this.pos + 2]));
        this.pos += 3;
      } else {
        bytes.push(c);
        this.pos++;
      }
    }
    return new PdfName(Buffer.from(bytes).toString('latin1'));
  }

  private parseHexString(): PdfString {
    const { buf } = this;
    const start = this.pos++;
    const close = buf.indexOf(62, this.pos);
    if (close < 0 || close >= this.end) throw new PdfDamagedError('string heksadesimal tidak ditutup');
    const out = new Uint8Array(Math.ceil((close - this.pos) / 2));
    let n = 0;
    let high = -1;
    for (let i = this.pos; i < close; i++) {
      const v = HEX(buf[i]);
      if (v < 0) {
        if (WHITESPACE[buf[i]]) continue;
        throw new PdfDamagedError(`karakter bukan heksadesimal di posisi ${i}`);
      }
      if (high < 0) high = v;
      else {
        out[n++] = high * 16 + v;
        high = -1;
      }
    }
    if (high >= 0) out[n++] = high * 16;
    this.pos = close + 1;
    return new PdfString(out.subarray(0, n), true, start, this.pos);
  }

  private parseLiteralString(): PdfString {
    const { buf } = this;
    const start = this.pos++;
    const out: number[] = [];
    let depth = 1;
    while (this.pos < this.end) {
      const c = buf[this.pos++];
      if (c === 92) {
        const e = buf[this.pos++];
        const simple: Record<number, number> = { 110: 10, 114: 13, 116: 9, 98: 8, 102: 12, 40: 40, 41: 41, 92: 92 };
        if (e in simple) out.push(simple[e]);
        else if (e >= 48 && e <= 55) {
          let v = e - 48;
          for (let k = 0; k < 2 && buf[this.pos] >= 48 && buf[this.pos] <= 55; k++) v = v * 8 + buf[this.pos++] - 48;
          out.push(v & 0xff);
        } else if (e === 13) {
          if (buf[this.pos] === 10) this.pos++;
        } else if (e !== 10) out.push(e);
      } else if (c === 40) {
        depth++;
        out.push(c);
      } else if (c === 41) {
        if (--depth === 0) return new PdfString(Uint8Array.from(out), false, start, this.pos);
        out.push(c);
      } else out.push(c);
    }
    throw new PdfDamagedError('string tidak ditutup');
  }
}
