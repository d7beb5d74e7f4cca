// The document time-stamp update on the PDF shapes a remote signer may hand back: no AcroForm, an
// AcroForm held directly in the catalog, and page /Annots and /Fields as indirect arrays (iText's
// habit). Each time: one more signature field of /Type /DocTimeStamp, a ByteRange over the whole
// file, the token exactly at /Contents, the imprint over exactly the covered bytes, qpdf content.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { appendDocumentTimeStamp } from '@/lib/signing/pades/doc-timestamp';

const exec = promisify(execFile);

type Shape = 'no AcroForm' | 'direct AcroForm with a direct Fields array' | 'indirect Annots and Fields arrays';

async function pdfShaped(shape: Shape): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const page = doc.addPage([300, 300]);
  doc.addPage([300, 300]);
  const context = doc.context;
  if (shape !== 'no AcroForm') {
    const existing = context.register(context.obj({ Type: 'Annot', Subtype: 'Widget', FT: 'Tx', T: 'lama', Rect: [10, 10, 50, 30], P: page.ref }));
    if (shape === 'direct AcroForm with a direct Fields array') {
      page.node.set(PDFName.of('Annots'), context.obj([existing]));
      doc.catalog.set(PDFName.of('AcroForm'), context.obj({ Fields: [existing] }));
    } else {
      page.node.set(PDFName.of('Annots'), context.register(context.obj([existing])));
      doc.catalog.set(PDFName.of('AcroForm'), context.register(context.obj({ Fields: context.register(context.obj([existing])) })));
    }
  }
  return doc.save({ useObjectStreams: false });
}

describe('appendDocumentTimeStamp', () => {
  it.each<Shape>(['no AcroForm', 'direct AcroForm with a direct Fields array', 'indirect Annots and Fields arrays'])('%s', async (shape) => {
    const original = await pdfShaped(shape);
    const token = new Uint8Array([0x30, 0x03, 0x02, 0x01, 0x07]);
    let imprint: Uint8Array | undefined;
    const stamped = await appendDocumentTimeStamp(original, async (given) => {
      imprint = given;
      return token;
    }, 64);

    // The original bytes stay as they were: an incremental update only appends.
    expect(Buffer.from(stamped.subarray(0, original.length)).equals(Buffer.from(original))).toBe(true);
    const text = Buffer.from(stamped).toString('latin1');
    const ranges = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
    expect(ranges).toHaveLength(1);
    const [a, b, c, d] = ranges[0].slice(1, 5).map(Number);
    expect([a, c + d]).toEqual([0, stamped.length]);
    const covered = Buffer.concat([Buffer.from(stamped.subarray(a, b)), Buffer.from(stamped.subarray(c, c + d))]);
    expect(Buffer.from(imprint!).toString('hex')).toBe(createHash('sha256').update(covered).digest('hex'));
    expect(text.slice(b, c)).toBe(`<${Buffer.from(token).toString('hex')}${'00'.repeat(64 - token.length)}>`);

    const doc = await PDFDocument.load(stamped, { updateMetadata: false });
    const fields = doc.catalog.lookup(PDFName.of('AcroForm'), PDFDict).lookup(PDFName.of('Fields'), PDFArray);
    expect(fields.size()).toBe(shape === 'no AcroForm' ? 1 : 2);
    const field = fields.lookup(fields.size() - 1, PDFDict);
    const signature = field.lookup(PDFName.of('V'), PDFDict);
    expect(signature.get(PDFName.of('Type'))).toBe(PDFName.of('DocTimeStamp'));
    expect(signature.get(PDFName.of('SubFilter'))).toBe(PDFName.of('ETSI.RFC3161'));
    const annots = doc.getPage(0).node.Annots()!;
    expect(annots.asArray().at(-1)).toBe(fields.asArray().at(-1));
    expect(annots.asArray().at(-1)).toBeInstanceOf(PDFRef);
    expect(doc.getPage(1).node.Annots()).toBeUndefined();

    const dir = await mkdtemp(path.join(tmpdir(), 'doc-ts-'));
    await writeFile(path.join(dir, 'stamped.pdf'), stamped);
    const { stdout } = await exec('qpdf', ['--check', path.join(dir, 'stamped.pdf')]);
    expect(stdout).toContain('No syntax or stream encoding errors found');
  });

  it('refuses a token larger than the room reserved for it', async () => {
    const big = new Uint8Array(65).fill(1);
    await expect(appendDocumentTimeStamp(await pdfShaped('no AcroForm'), async () => big, 64)).rejects.toThrow(/exceeds placeholder/);
  });
});
