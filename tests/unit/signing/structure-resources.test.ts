// The resource shapes of the review (issue 11): files built to make a verifier work without end.
// Each gets its exact answer: harmless bulk is read quickly, anything past a limit is refused
// with the limit named, and nothing throws.
import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as pkijs from 'pkijs';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { parseCrl } from '@/lib/signing/verify/revocation';
import { verifyStructureSafely } from '@/lib/signing/verify/verify-task';
import { issueSigner, makeCrl, makeRoot, signWithTestPki, type TestEntity } from '@/tests/support/test-pki';
import { appendUpdate, handMadeBase, handMadePdf, objectsOf, serialise, stream } from '@/tests/support/structure-attacks';


// Building the attack files and rendering pages takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
let root: TestEntity;
let options: Parameters<typeof verifyStructureSafely>[1];
let signed: Uint8Array;

beforeAll(async () => {
  root = await makeRoot('CN=Root Uji Sumber Daya');
  const signer = await issueSigner(root, 'Rina Marlina', '3201010101900004');
  options = { trustedRoots: [pkijs.Certificate.fromBER(root.cert.rawData)], caRevocation: { crls: [parseCrl(await makeCrl(root, []))!], ocsps: [] } };
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Surat uji', { x: 72, y: 760, size: 14, font: await doc.embedFont(StandardFonts.Helvetica) });
  signed = await signWithTestPki(await doc.save({ useObjectStreams: false }), signer, [root.cert]);
});

const verify = (pdf: Uint8Array) => verifyStructureSafely(pdf, options);
const refused = (result: Awaited<ReturnType<typeof verify>>, limit: RegExp) => {
  expect(result).toMatchObject({ conclusion: 'INDETERMINATE', signatures: [] });
  expect(result.summary).toMatch(/^Berkas tidak dapat diperiksa: /);
  expect(result.summary).toMatch(limit);
};

/** An update that adds a DSS (catalog + DSS dictionary + the given objects). */
async function withDss(dss: string, objects: { num: number; body: string | Buffer }[]) {
  const o = await objectsOf(signed);
  const dssNum = o.size + objects.length;
  const catalog = serialise(o.doc.catalog).toString('latin1').replace(/>>\s*$/, ` /DSS ${dssNum} 0 R >>`);
  return appendUpdate(signed, [{ num: o.root, body: catalog }, ...objects, { num: dssNum, body: dss }], { root: o.root, size: dssNum + 1 });
}

describe('resource shapes', () => {
  it('reads 32,000 tiny appended objects nobody refers to without reading each, and names them as a change', async () => {
    const o = await objectsOf(signed);
    const tiny = Array.from({ length: 32_000 }, (_, i) => ({ num: o.size + i, body: '<< >>' }));
    const result = await verify(appendUpdate(signed, tiny, { root: o.root, size: o.size + tiny.length }));
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures[0].integrity.valid).toBe(true);
    expect(result.signatures[0].changes.contentChanges).toEqual([
      `objek yang tidak dipakai dokumen ditambahkan setelah ditandatangani (objek ${Array.from({ length: 20 }, (_, i) => o.size + i).join(', ')} dan lainnya)`,
    ]);
  });

  it('lists one signature for ten thousand fields that repeat the same signature dictionary', async () => {
    const fields = Array.from({ length: 10_000 }, (_, i) => `${7 + i} 0 R`).join(' ');
    const base = handMadeBase();
    base[0] = `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${fields}] >> >>`;
    const sig = '<< /Type /Sig /ByteRange [0 10 20 10] /Contents <3082> >>';
    const pdf = handMadePdf([...base, sig, ...Array.from({ length: 10_000 }, () => '<< /FT /Sig /V 6 0 R >>')]);
    const result = await verify(pdf);
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures).toHaveLength(1);
  });

  it('refuses more distinct signature dictionaries than the limit', async () => {
    const base = handMadeBase();
    const count = 40;
    base[0] = `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${Array.from({ length: count }, (_, i) => `${6 + i} 0 R`).join(' ')}] >> >>`;
    const fields = Array.from({ length: count }, (_, i) => `<< /FT /Sig /V ${6 + count + i} 0 R >>`);
    const sigs = Array.from({ length: count }, () => '<< /Type /Sig /ByteRange [0 10 20 10] /Contents <3082> >>');
    refused(await verify(handMadePdf([...base, ...fields, ...sigs])), /lebih dari 32 (tanda tangan|kamus tanda tangan)/);
  });

  it('reads a DSS stream referenced half a million times once, and keeps the signature valid', async () => {
    const o = await objectsOf(signed);
    const cert = o.size;
    // Half a million: more than a spread into push() can take (the unused-objects walk once threw here).
    const refs = Array.from({ length: 500_000 }, () => `${cert} 0 R`).join(' ');
    const result = await verify(await withDss(`<< /Certs [${refs}] >>`, [{ num: cert, body: stream(Buffer.from(root.cert.rawData)) }]));
    expect(result.conclusion).toBe('VALID');
    expect(result.signatures[0].changes).toMatchObject({ addedDss: true, contentChanges: [] });
  }, 30_000);

  it('refuses a deflate bomb (a DSS stream that inflates past the limit) instead of inflating it', async () => {
    const o = await objectsOf(signed);
    const bomb = deflateSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const result = await verify(await withDss(`<< /Certs [${o.size} 0 R] >>`, [{ num: o.size, body: stream(bomb, '/Filter /FlateDecode') }]));
    refused(result, /mengembang melebihi 16 MB/);
  });

  it('refuses arrays nested a hundred thousand deep in the catalog', async () => {
    const o = await objectsOf(signed);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const catalog = serialise(o.doc.catalog).toString('latin1').replace(/>>\s*$/, ` /Deep ${deep} >>`);
    refused(await verify(appendUpdate(signed, [{ num: o.root, body: catalog }], { root: o.root, size: o.size })), /bersarang lebih dari 64 tingkat/);
  });

  it('leaves a deeply nested object nobody refers to unread: a change, not a refusal over the nesting limit', async () => {
    const o = await objectsOf(signed);
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const result = await verify(appendUpdate(signed, [{ num: o.size, body: deep }], { root: o.root, size: o.size + 1 }));
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures[0].changes.contentChanges).toEqual([`objek yang tidak dipakai dokumen ditambahkan setelah ditandatangani (objek ${o.size})`]);
  });

  it('refuses an xref subsection that claims four billion objects, before reading them', async () => {
    const text = Buffer.from(handMadePdf(handMadeBase())).toString('latin1');
    const pdf = Buffer.from(text.replace(/xref\n0 6\n/, 'xref\n0 4000000000\n'), 'latin1');
    refused(await verify(pdf), /lebih dari 100000 objek/);
  });
});
