// A strict reader of PDF object syntax (ISO 32000-2 §7.2-7.3) over a latin1 view of the bytes.
// It never follows references and never trusts a length: recursion is capped at maxDepth and every
// token is counted by the budget.
import type { Budget } from './budget';
import { PdfDefect } from './types';

export class PdfName {
  constructor(readonly name: string) {}
}

export class PdfRef {
  constructor(
    readonly num: number,
    readonly gen: number,
  ) {}
}

export class PdfString {
  constructor(readonly text: string) {}
}

export type PdfDict = Map<string, PdfValue>;
export type PdfValue = null | boolean | number | PdfName | PdfRef | PdfString | PdfValue[] | PdfDict;

const isWhite = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09 || c === 0x0c || c === 0x00;
const isDelim = (c: number) => c === 0x28 || c === 0x29 || c === 0x3c || c === 0x3e || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2f || c === 0x25;
export const isRegular = (c: number) => !Number.isNaN(c) && !isWhite(c) && !isDelim(c);

/** A syntax error inside one object: the caller decides whether it is fatal. */
export class SyntaxFault extends Error {}

export class PdfLexer {
  pos: number;

  constructor(
    readonly src: string,
    private readonly budget: Budget,
    start = 0,
  ) {
    this.pos = start;
  }

  skipWhite(): void {
    const { src } = this;
    for (;;) {
      const c = src.charCodeAt(this.pos);
      if (isWhite(c)) this.pos++;
      else if (c === 0x25) {
        while (this.pos < src.length && src.charCodeAt(this.pos) !== 0x0a && src.charCodeAt(this.pos) !== 0x0d) this.pos++;
      } else return;
    }
  }

  /** The next bare word (a keyword or a number), without consuming it. */
  peekWord(): string {
    this.skipWhite();
    let end = this.pos;
    while (isRegular(this.src.charCodeAt(end))) end++;
    return this.src.slice(this.pos, end);
  }

  readWord(): string {
    const word = this.peekWord();
    this.pos += word.length;
    return word;
  }

  readInt(): number {
    const word = this.readWord();
    if (!/^\d{1,10}$/.test(word)) throw new SyntaxFault(`expected an integer at ${this.pos}`);
    return Number(word);
  }

  readValue(depth = 0): PdfValue {
    this.budget.tick();
    if (depth > this.budget.limits.maxDepth) throw new PdfDefect('too-deep', `objects nested deeper than ${this.budget.limits.maxDepth}`);
    this.skipWhite();
    const { src } = this;
    const c = src.charCodeAt(this.pos);
    if (Number.isNaN(c)) throw new SyntaxFault('unexpected end of data');
    if (c === 0x2f) return this.readName();
    if (c === 0x28) return this.readLiteralString();
    if (c === 0x3c) return src.charCodeAt(this.pos + 1) === 0x3c ? this.readDict(depth) : this.readHexString();
    if (c === 0x5b) return this.readArray(depth);
    const word = this.readWord();
    if (word === '') throw new SyntaxFault(`unexpected ${JSON.stringify(src[this.pos])} at ${this.pos}`);
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    if (/^\d+$/.test(word)) {
      // "12 0 R" is a reference; look ahead without committing.
      const save = this.pos;
      const gen = this.peekWord();
      if (/^\d+$/.test(gen)) {
        this.pos += gen.length;
        if (this.peekWord() === 'R') {
          this.pos++;
          return new PdfRef(Number(word), Number(gen));
        }
      }
      this.pos = save;
      return Number(word);
    }
    if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word)) return Number(word);
    throw new SyntaxFault(`unexpected keyword ${JSON.stringify(word.slice(0, 20))} at ${this.pos}`);
  }

  readName(): PdfName {
    this.pos++;
    let end = this.pos;
    while (isRegular(this.src.charCodeAt(end))) end++;
    const raw = this.src.slice(this.pos, end);
    this.pos = end;
    // #xx escapes hide "/JavaScript" as "/J#61vaScript"; readers decode them, so must we.
    return new PdfName(raw.includes('#') ? raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : raw);
  }

  private readLiteralString(): PdfString {
    const { src } = this;
    const start = ++this.pos;
    let nesting = 1;
    while (this.pos < src.length) {
      const c = src.charCodeAt(this.pos++);
      if (c === 0x5c) this.pos++;
      else if (c === 0x28) nesting++;
      else if (c === 0x29 && --nesting === 0) return new PdfString(src.slice(start, this.pos - 1));
    }
    throw new SyntaxFault('unterminated string');
  }

  private readHexString(): PdfString {
    const end = this.src.indexOf('>', this.pos);
    if (end < 0) throw new SyntaxFault('unterminated hex string');
    const hex = this.src.slice(this.pos + 1, end);
    if (!/^[0-9a-fA-F\s]*$/.test(hex)) throw new SyntaxFault(`bad hex string at ${this.pos}`);
    this.pos = end + 1;
    return new PdfString(hex);
  }

  private readArray(depth: number): PdfValue[] {
    this.pos++;
    const items: PdfValue[] = [];
    for (;;) {
      this.skipWhite();
      if (this.src.charCodeAt(this.pos) === 0x5d) {
        this.pos++;
        return items;
      }
      items.push(this.readValue(depth + 1));
    }
  }

  private readDict(depth: number): PdfDict {
    this.pos += 2;
    const dict: PdfDict = new Map();
    for (;;) {
      this.skipWhite();
      const c = this.src.charCodeAt(this.pos);
      if (c === 0x3e && this.src.charCodeAt(this.pos + 1) === 0x3e) {
        this.pos += 2;
        return dict;
      }
      if (c !== 0x2f) throw new SyntaxFault(`expected a name key at ${this.pos}`);
      const key = this.readName().name;
      dict.set(key, this.readValue(depth + 1));
    }
  }
}

export const isDict = (v: PdfValue | undefined): v is PdfDict => v instanceof Map;
export const nameOf = (v: PdfValue | undefined): string | null => (v instanceof PdfName ? v.name : null);
