import type { Budget } from './budget';
import { isDict, PdfLexer, SyntaxFault, type PdfDict, type PdfValue } from './syntax';
import { PdfDefect } from './types';

export interface IndirectObject {
  num: number;
  gen: number;
  value: PdfValue;
  /** Where the stream's data lies, when the object is a stream. */
  stream: { dict: PdfDict; start: number; end: number } | null;
  /** Just past the object (or its stream), where scanning resumes. */
  end: number;
}

/**
 * The object "num gen obj ... endobj" at offset. A stream's end is found by its /Length when that
 * is a direct number followed by "endstream", and otherwise by the first "endstream" keyword, so a
 * lying /Length can only make more of the file visible to the walker, never hide it.
 */
export function readIndirectObject(src: string, offset: number, budget: Budget): IndirectObject {
  budget.checkTime();
  const lexer = new PdfLexer(src, budget, offset);
  const num = lexer.readInt();
  const gen = lexer.readInt();
  if (lexer.readWord() !== 'obj') throw new SyntaxFault(`no "obj" at ${offset}`);
  const value = lexer.readValue();
  const next = lexer.peekWord();
  if (next !== 'stream') {
    if (next === 'endobj') lexer.pos += next.length;
    return { num, gen, value, stream: null, end: lexer.pos };
  }
  if (!isDict(value)) throw new SyntaxFault(`stream without a dictionary at ${offset}`);
  lexer.pos += next.length;
  // The keyword is followed by CRLF or LF (a lone CR is tolerated, as readers do).
  if (src.charCodeAt(lexer.pos) === 0x0d) lexer.pos++;
  if (src.charCodeAt(lexer.pos) === 0x0a) lexer.pos++;
  const start = lexer.pos;
  const declared = value.get('Length');
  let end = -1;
  if (typeof declared === 'number' && Number.isInteger(declared) && declared >= 0 && start + declared <= src.length) {
    const after = new PdfLexer(src, budget, start + declared);
    if (after.peekWord() === 'endstream') end = start + declared;
  }
  if (end < 0) {
    const keyword = src.indexOf('endstream', start);
    if (keyword < 0) throw new PdfDefect('truncated', `stream of object ${num} has no end`);
    end = keyword;
    // The EOL before "endstream" is not data.
    if (src.charCodeAt(end - 1) === 0x0a) end--;
    if (src.charCodeAt(end - 1) === 0x0d) end--;
  }
  const close = src.indexOf('endstream', end);
  const after = new PdfLexer(src, budget, close + 'endstream'.length);
  if (after.peekWord() === 'endobj') after.pos += 'endobj'.length;
  return { num, gen, value, stream: { dict: value, start, end: Math.max(start, end) }, end: after.pos };
}
