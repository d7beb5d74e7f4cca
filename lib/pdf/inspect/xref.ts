import type { Budget } from './budget';
import { decodeStream } from './decode-stream';
import { readIndirectObject } from './indirect-object';
import { isDict, nameOf, PdfLexer, SyntaxFault, type PdfDict, type PdfValue } from './syntax';
import { PdfDefect } from './types';

/** Where the newest version of an object lives: at a byte offset, or inside an object stream. */
export type XrefEntry = { at: 'offset'; offset: number } | { at: 'object-stream'; stream: number; index: number };

export interface CrossReference {
  entries: Map<number, XrefEntry>;
  /** The newest trailer (for an xref stream, its dictionary). */
  trailer: PdfDict;
}

/**
 * Follows startxref, then /XRefStm and /Prev back through every update, newest first, refusing a
 * loop, a section that is not where it is said to be, and more sections or entries than the limits.
 */
export function readCrossReference(src: string, bytes: Uint8Array, budget: Budget): CrossReference {
  const marker = src.lastIndexOf('startxref');
  if (marker < 0) throw new PdfDefect('truncated', 'no startxref');
  const lexer = new PdfLexer(src, budget, marker + 'startxref'.length);
  const first = lexer.readWord();
  if (!/^\d{1,10}$/.test(first)) throw new PdfDefect('broken-structure', 'startxref is not followed by an offset');

  const entries = new Map<number, XrefEntry>();
  const visited = new Set<number>();
  const pending: number[] = [Number(first)];
  let newest: PdfDict | null = null;
  while (pending.length > 0) {
    const offset = pending.shift()!;
    if (visited.has(offset)) throw new PdfDefect('xref-loop', `cross-reference section at ${offset} is reached twice`);
    if (visited.size >= budget.limits.maxXrefSections) throw new PdfDefect('xref-loop', `more than ${budget.limits.maxXrefSections} cross-reference sections`);
    visited.add(offset);
    if (offset >= src.length) throw new PdfDefect('broken-structure', `cross-reference offset ${offset} is past the end of the file`);
    const trailer = readSection(src, bytes, offset, entries, budget);
    newest ??= trailer;
    // A hybrid file's /XRefStm holds entries the table lacks; it is read before the older /Prev.
    for (const key of ['XRefStm', 'Prev']) {
      const next = trailer.get(key);
      if (next === undefined) continue;
      if (typeof next !== 'number' || !Number.isInteger(next) || next < 0) throw new PdfDefect('broken-structure', `/${key} is not an offset`);
      pending.push(next);
    }
  }
  return { entries, trailer: newest! };
}

function readSection(src: string, bytes: Uint8Array, offset: number, entries: Map<number, XrefEntry>, budget: Budget): PdfDict {
  const lexer = new PdfLexer(src, budget, offset);
  try {
    if (lexer.peekWord() === 'xref') {
      lexer.pos += 4;
      return readTable(lexer, entries, budget);
    }
    return readXrefStream(src, bytes, lexer.pos, entries, budget);
  } catch (error) {
    if (error instanceof SyntaxFault) throw new PdfDefect('broken-structure', `cross-reference section at ${offset}: ${error.message}`);
    throw error;
  }
}

/** A classic table: subsections "first count" of "offset generation n|f" lines, then "trailer <<...>>". */
function readTable(lexer: PdfLexer, entries: Map<number, XrefEntry>, budget: Budget): PdfDict {
  for (;;) {
    const word = lexer.peekWord();
    if (word === 'trailer') {
      lexer.pos += word.length;
      const trailer = lexer.readValue();
      if (!isDict(trailer)) throw new SyntaxFault('trailer is not a dictionary');
      return trailer;
    }
    const start = lexer.readInt();
    const count = lexer.readInt();
    budget.countXrefEntries(count);
    for (let i = 0; i < count; i++) {
      budget.tick();
      const entryOffset = lexer.readInt();
      lexer.readInt();
      const type = lexer.readWord();
      if (type !== 'n' && type !== 'f') throw new SyntaxFault(`bad entry type ${JSON.stringify(type.slice(0, 10))}`);
      if (type === 'n' && !entries.has(start + i)) entries.set(start + i, { at: 'offset', offset: entryOffset });
    }
  }
}

function readXrefStream(src: string, bytes: Uint8Array, offset: number, entries: Map<number, XrefEntry>, budget: Budget): PdfDict {
  const object = readIndirectObject(src, offset, budget);
  if (!object.stream || nameOf(object.stream.dict.get('Type')) !== 'XRef') throw new SyntaxFault('neither "xref" nor an xref stream');
  const { dict } = object.stream;
  const widths = numbers(dict.get('W'));
  const size = dict.get('Size');
  if (widths.length !== 3 || widths.some((w) => w < 0 || w > 8) || typeof size !== 'number') throw new SyntaxFault('bad /W or /Size');
  const index = dict.has('Index') ? numbers(dict.get('Index')) : [0, size];
  const data = decodeStream(bytes.subarray(object.stream.start, object.stream.end), dict, budget);
  const rowLength = widths[0] + widths[1] + widths[2];
  let row = 0;
  for (let s = 0; s + 1 < index.length; s += 2) {
    budget.countXrefEntries(index[s + 1]);
    for (let i = 0; i < index[s + 1]; i++, row++) {
      budget.tick();
      const at = row * rowLength;
      if (at + rowLength > data.byteLength) throw new SyntaxFault('xref stream is shorter than its /Index says');
      const field = (k: number, fallback: number) => {
        const w = widths[k];
        if (w === 0) return fallback;
        const from = at + widths.slice(0, k).reduce((a, b) => a + b, 0);
        let value = 0;
        for (let b = 0; b < w; b++) value = value * 256 + data[from + b];
        return value;
      };
      const type = field(0, 1);
      const num = index[s] + i;
      if (entries.has(num)) continue;
      if (type === 1) entries.set(num, { at: 'offset', offset: field(1, 0) });
      else if (type === 2) entries.set(num, { at: 'object-stream', stream: field(1, 0), index: field(2, 0) });
    }
  }
  return dict;
}

function numbers(v: PdfValue | undefined): number[] {
  if (!Array.isArray(v) || v.some((n) => typeof n !== 'number' || !Number.isInteger(n) || n < 0)) throw new SyntaxFault('expected an array of integers');
  return v as number[];
}
