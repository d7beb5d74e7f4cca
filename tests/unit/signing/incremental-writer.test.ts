import { PDFDocument, PDFName, PDFNumber } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { appendIncrementalUpdate, lastStartXref, xrefSubsections } from '@/lib/signing/pades/incremental-writer';

const text = (bytes: Uint8Array) => Buffer.from(bytes).toString('latin1');
const enc = (s: string) => new TextEncoder().encode(s);

async function basePdf(): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  doc.addPage([200, 200]);
  return doc.save({ useObjectStreams: false });
}

describe('xrefSubsections', () => {
  it.each([
    [[5], [{ first: 5, count: 1 }]],
    [[3, 4, 5], [{ first: 3, count: 3 }]],
    [[9, 1, 2, 7, 8], [{ first: 1, count: 2 }, { first: 7, count: 3 }]],
    [[4, 4, 6], [{ first: 4, count: 1 }, { first: 6, count: 1 }]],
  ])('groups %j into runs of consecutive numbers', (numbers, expected) => {
    expect(xrefSubsections(numbers)).toEqual(expected);
  });
});

describe('lastStartXref', () => {
  it('reads the offset after the last startxref', () => {
    const pdf = enc('%PDF-1.7\nxref\nstartxref\n9\n%%EOF\nmore\nstartxref\n30\n%%EOF\n');
    expect(lastStartXref(pdf)).toBe(30);
  });
  it('rejects a file without a trailing startxref or pointing outside the file', () => {
    expect(() => lastStartXref(enc('%PDF-1.7\n'))).toThrow(/startxref/);
    expect(() => lastStartXref(enc('startxref\n999\n%%EOF'))).toThrow(/outside/);
  });
});

describe('appendIncrementalUpdate', () => {
  it('keeps the original bytes, and every xref entry points at its object', async () => {
    const original = await basePdf();
    const prev = lastStartXref(original);
    const updated = appendIncrementalUpdate(
      original,
      [
        { number: 1, generation: 0, body: enc('<< /Type /Catalog /Pages 2 0 R /Marker 42 >>') },
        { number: 7, generation: 0, body: enc('<< /Hello (world) >>') },
        { number: 8, generation: 0, body: enc('[1 2 3]') },
      ],
      { size: 9, entries: { Root: '1 0 R' } },
    );
    expect(Buffer.from(updated.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);

    const tail = text(updated.subarray(original.length));
    const startxref = lastStartXref(updated);
    expect(text(updated.subarray(startxref, startxref + 5))).toBe('xref\n');
    expect(tail).toContain(`/Prev ${prev}`);
    expect(tail).toContain('/Size 9');

    const section = text(updated.subarray(startxref)).split('trailer')[0];
    const lines = section.split('\n');
    expect(lines[1]).toBe('1 1');
    expect(lines[3]).toBe('7 2');
    const entries = section.match(/\d{10} \d{5} n\r\n/g) ?? [];
    expect(entries).toHaveLength(3);
    for (const [i, n] of [1, 7, 8].entries()) {
      const offset = Number(entries[i].slice(0, 10));
      expect(entries[i]).toHaveLength(20);
      expect(text(updated.subarray(offset, offset + `${n} 0 obj`.length))).toBe(`${n} 0 obj`);
    }
  });

  it('produces a file a PDF reader opens with the new object version', async () => {
    const original = await basePdf();
    const doc = await PDFDocument.load(original);
    const root = String(doc.context.trailerInfo.Root);
    const catalog = doc.catalog.clone();
    catalog.set(PDFName.of('Marker'), PDFNumber.of(42));
    const body = new Uint8Array(catalog.sizeInBytes());
    catalog.copyBytesInto(body, 0);
    const number = Number(root.split(' ')[0]);
    const updated = appendIncrementalUpdate(original, [{ number, generation: 0, body }], { size: doc.context.largestObjectNumber + 1, entries: { Root: root } });
    const reread = await PDFDocument.load(updated);
    expect(reread.catalog.get(PDFName.of('Marker'))?.toString()).toBe('42');
    expect(reread.getPageCount()).toBe(1);
  });

  it('starts on a new line when the original ends right after %%EOF', () => {
    const original = enc('%PDF-1.7\n1 0 obj\n<<>>\nendobj\nxref\n0 1\n0000000000 65535 f\r\ntrailer\n<< /Size 2 >>\nstartxref\n25\n%%EOF');
    const updated = appendIncrementalUpdate(original, [{ number: 1, generation: 0, body: enc('<< /A 1 >>') }], { size: 2, entries: {} });
    expect(text(updated.subarray(original.length, original.length + 9))).toBe('\n1 0 obj\n');
  });

  it('refuses an empty update', async () => {
    expect(() => appendIncrementalUpdate(enc('startxref\n0\n%%EOF'), [], { size: 1, entries: {} })).toThrow();
  });
});
