// The revision model on the cross-reference forms of ISO 32000-1, 7.5: classic tables along a
// /Prev chain, xref streams with the PNG Up predictor, object streams, hybrid files (/XRefStm),
// free entries, and the view of a byte prefix (the revision a signature covers).
import { deflateSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PdfRevision } from '@/lib/pdf/parse/revision';
import { PARSE_LIMITS, PdfRefusedError, WorkBudget, type ParseLimits } from '@/lib/pdf/parse/limits';
import { PdfDict, PdfName } from '@/lib/pdf/parse/values';
import { appendUpdate, handMadeBase, handMadePdf } from '@/tests/support/structure-attacks';

const revision = (bytes: Uint8Array) => new PdfRevision(bytes, new WorkBudget());
const fontName = (r: PdfRevision) => (r.get(5)?.value as PdfDict).name('BaseFont');

/** A hybrid update: a classic table for object 5, and an xref stream (PNG Up predictor) that alone indexes object 9 in an object stream. */
function hybridUpdate(base: Buffer): Buffer {
  const objStmBody = '9 0 << /Type /Font /Subtype /Type1 /BaseFont /Symbol >>';
  const objStmData = deflateSync(Buffer.from(objStmBody));
  const parts = [base];
  let offset = base.length;
  const objStmAt = offset;
  const objStm = Buffer.concat([Buffer.from(`8 0 obj\n<< /Type /ObjStm /N 1 /First 4 /Filter /FlateDecode /Length ${objStmData.length} >>\nstream\n`), objStmData, Buffer.from('\nendstream\nendobj\n')]);
  parts.push(objStm);
  offset += objStm.length;
  const fontAt = offset;
  const font = Buffer.from('5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>\nendobj\n');
  parts.push(font);
  offset += font.length;
  // Rows [type, offset(2), index] for objects 8 and 9, each prefixed by PNG filter 2 (Up).
  const rows = [
    [1, (objStmAt >> 8) & 0xff, objStmAt & 0xff, 0],
    [2, 0, 8, 0],
  ];
  const encoded: number[] = [];
  let prev = [0, 0, 0, 0];
  for (const row of rows) {
    encoded.push(2, ...row.map((v, i) => (v - prev[i] + 256) & 0xff));
    prev = row;
  }
  const xrefData = deflateSync(Buffer.from(encoded));
  const xrefStmAt = offset;
  const xrefStm = Buffer.concat([
    Buffer.from(`10 0 obj\n<< /Type /XRef /Size 11 /W [1 2 1] /Index [8 2] /Filter /FlateDecode /DecodeParms << /Predictor 12 /Columns 4 >> /Length ${xrefData.length} >>\nstream\n`),
    xrefData,
    Buffer.from('\nendstream\nendobj\n'),
  ]);
  parts.push(xrefStm);
  offset += xrefStm.length;
  const prevXref = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(base.toString('latin1'))![1]);
  parts.push(Buffer.from(`xref\n5 1\n${String(fontAt).padStart(10, '0')} 00000 n\r\ntrailer\n<< /Size 11 /Root 1 0 R /Prev ${prevXref} /XRefStm ${xrefStmAt} >>\nstartxref\n${offset}\n%%EOF\n`));
  return Buffer.concat(parts);
}

describe('PdfRevision', () => {
  it('reads a classic table and follows /Prev, the newest definition winning', () => {
    const base = handMadePdf(handMadeBase());
    const updated = appendUpdate(base, [{ num: 5, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>' }], { root: 1, size: 6 });
    expect(fontName(revision(base))).toBe('Helvetica');
    const r = revision(updated);
    expect(fontName(r)).toBe('Courier');
    expect(r.sections).toHaveLength(2);
    // The signed revision of the update is the prefix up to the first %%EOF.
    expect(fontName(revision(updated.subarray(0, base.length)))).toBe('Helvetica');
  });

  it('reads a hybrid file: table entries, then the /XRefStm with its predictor, then an object stream', () => {
    const r = revision(hybridUpdate(handMadePdf(handMadeBase())));
    expect(fontName(r)).toBe('Courier');
    expect(r.entries.get(9)).toEqual({ type: 'compressed', stream: 8, index: 0 });
    expect((r.get(9)?.value as PdfDict).name('BaseFont')).toBe('Symbol');
    expect(r.get(3)?.value).toBeInstanceOf(PdfDict);
  });

  it('treats a freed object as gone and a wrong offset as a problem, not as another object', () => {
    const base = handMadePdf(handMadeBase());
    const freed = appendUpdate(base, [{ num: 2, body: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' }], { root: 1, size: 6, free: [5] });
    expect(revision(freed).get(5)).toBeNull();
    const text = base.toString('latin1');
    const last = text.lastIndexOf(' 00000 n') - 10; // object 5's offset in the table
    const wrong = Buffer.from(`${text.slice(0, last)}0000000009${text.slice(last + 10)}`, 'latin1');
    const r = revision(wrong);
    expect(r.get(5)).toBeNull();
    expect(r.problems.join(' ')).toMatch(/menunjuk ke posisi yang salah untuk objek 5/);
  });

  it('reads names with #xx escapes and strings with escapes and nesting', () => {
    const pdf = handMadePdf([...handMadeBase(), '<< /A#20B (a\\(b\\)c\\101 (d)) /C <41 42> >>']);
    const dict = revision(pdf).get(6)!.value as PdfDict;
    expect([...dict.entries.keys()]).toEqual(['A B', 'C']);
    expect(Buffer.from((dict.get('A B') as { bytes: Uint8Array }).bytes).toString('latin1')).toBe('a(b)cA (d)');
    expect(dict.get('C')).toMatchObject({ hex: true });
    expect(new PdfName('x').value).toBe('x');
  });

  it('applies the limits of the budget it is given (the upload check runs it under stricter ones)', () => {
    const base = handMadePdf([...handMadeBase(), '[[[[1]]]]']);
    const strict = (limits: Partial<ParseLimits>) => new WorkBudget({ ...PARSE_LIMITS, ...limits });
    expect(() => new PdfRevision(base, strict({ maxObjects: 3 }))).toThrow(expect.objectContaining({ fault: 'too-many-objects' }));
    expect(() => new PdfRevision(base, strict({ maxXrefEntries: 3 }))).toThrow(PdfRefusedError);
    expect(() => new PdfRevision(base, strict({ maxNesting: 2 })).get(6)).toThrow(expect.objectContaining({ fault: 'too-deep' }));
    expect(new PdfRevision(base, new WorkBudget()).get(6)?.value).toEqual([[[[1]]]]);
  });

  it('reads a hybrid /XRefStm that leads back to a section already read once, and records it (the upload check refuses it)', () => {
    const base = handMadePdf(handMadeBase());
    const table = Number(/startxref\s+(\d+)/.exec(base.toString('latin1'))![1]);
    const looped = revision(handMadePdf(handMadeBase(), { trailerExtra: `/XRefStm ${table}` }));
    expect(fontName(looped)).toBe('Helvetica');
    expect(looped.skippedXrefStm).toEqual([expect.objectContaining({ fault: 'xref-loop' })]);
    expect(revision(handMadePdf(handMadeBase(), { trailerExtra: '/XRefStm /None' })).skippedXrefStm).toEqual([expect.objectContaining({ fault: 'broken-structure' })]);
    expect(revision(base).skippedXrefStm).toEqual([]);
  });
});
