// The attack classes of the published research against the verifier's model of a PDF's revisions,
// each with its exact verdict: Incremental Saving (ISA), Signature Wrapping (SWA) and Universal
// Signature Forgery (USF) from "1 Trillion Dollar Refund" (CCS 2019), and the shadow attacks hide,
// replace and hide-and-replace (NDSS 2021). A genuine signed two-page letter must still pass.
import { beforeAll, describe, expect, it, vi } from 'vitest';
import * as pkijs from 'pkijs';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, StandardFonts, rgb } from 'pdf-lib';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { appendDss } from '@/lib/signing/pades/dss';
import { parseCrl } from '@/lib/signing/verify/revocation';
import type { PdfVerification } from '@/lib/signing/verify/types';
import { verifyStructureSafely } from '@/lib/signing/verify/verify-task';
import { issueSigner, makeCrl, makeRoot, signWithTestPki, TestCmsSigner, type TestEntity } from '@/tests/support/test-pki';
import { WorkBudget } from '@/lib/pdf/parse/limits';
import { LIMITS } from '@/lib/signing/verify/structure/limits';
import { renderScale } from '@/lib/signing/verify/structure/visual-check';
import { PdfRevision } from '@/lib/pdf/parse/revision';
import { appendObjectStreamUpdate, appendUpdate, objectsOf, serialise, stream } from '@/tests/support/structure-attacks';


// Building the attack files and rendering pages takes seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000, hookTimeout: 60_000 });
let root: TestEntity;
let signer: TestEntity;
let options: Parameters<typeof verifyStructureSafely>[1];
/** A signed two-page letter (the signature covers the whole file). */
let signed: Uint8Array;

async function twoPageLetter(extra?: (doc: PDFDocument) => void): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const font = await doc.embedFont(StandardFonts.Helvetica);
  for (const text of ['Surat Keputusan Nomor 800/123/2026', 'Ditetapkan di Kota Uji']) {
    const page = doc.addPage([595, 842]);
    page.drawText(text, { x: 72, y: 760, size: 14, font });
  }
  extra?.(doc);
  return doc.save({ useObjectStreams: false });
}

const verify = (pdf: Uint8Array) => verifyStructureSafely(pdf, options);
const changes = (result: PdfVerification) => result.signatures[0].changes.contentChanges.join('; ');

function expectChanged(result: PdfVerification, pattern: RegExp) {
  expect(result.conclusion).toBe('INVALID');
  expect(result.signatures[0].status).toBe('INVALID');
  // The bytes that were signed are intact: only what was appended is the problem.
  expect(result.signatures[0].integrity.valid).toBe(true);
  expect(changes(result)).toMatch(pattern);
  expect(result.signatures[0].reasons.join(' ')).toMatch(/diubah setelah ditandatangani/);
}

function expectMalformed(result: PdfVerification, pattern: RegExp) {
  expect(result.conclusion).toBe('INVALID');
  expect(result.signatures.length).toBeGreaterThan(0);
  expect(result.signatures.every((s) => s.status === 'INVALID')).toBe(true);
  expect(result.signatures.flatMap((s) => s.reasons).join(' ')).toMatch(pattern);
}

const firstContents = (value: unknown) => (value instanceof PDFArray ? (value.get(0) as PDFRef) : (value as PDFRef));

beforeAll(async () => {
  root = await makeRoot('CN=Root Uji Struktur');
  signer = await issueSigner(root, 'Siti Aminah', '3201010101900002');
  options = { trustedRoots: [pkijs.Certificate.fromBER(root.cert.rawData)], caRevocation: { crls: [parseCrl(await makeCrl(root, []))!], ocsps: [] } };
  signed = await signWithTestPki(await twoPageLetter(), signer, [root.cert]);
});

describe('genuine documents', () => {
  it('a signed two-page letter is valid and unchanged', async () => {
    const result = await verify(signed);
    expect(result.conclusion).toBe('VALID');
    expect(result.signatures).toHaveLength(1);
    expect(result.signatures[0].changes).toMatchObject({ coversWholeDocument: true, contentChanges: [] });
  });

  it('a DSS appended after signing (B-LT) changes nothing a reader sees', async () => {
    const contents = new Uint8Array(32).fill(7);
    const withDss = await appendDss(signed, contents, { certificates: [new Uint8Array(root.cert.rawData)], crls: [], ocsps: [] });
    const result = await verify(withDss);
    expect(result.conclusion).toBe('VALID');
    expect(result.signatures[0].changes).toMatchObject({ coversWholeDocument: false, addedDss: true, contentChanges: [] });
  });

  it('a second DSS round writes the catalog again, and its first version is not a hidden object', async () => {
    const data = { certificates: [new Uint8Array(root.cert.rawData)], crls: [], ocsps: [] };
    const once = await appendDss(signed, new Uint8Array(32).fill(7), data);
    const twice = await appendDss(once, new Uint8Array(32).fill(8), data);
    const catalogs = Buffer.from(twice).toString('latin1').match(/\/Type \/Catalog/g) ?? [];
    expect(catalogs.length).toBeGreaterThanOrEqual(3);
    const result = await verify(twice);
    expect(result.conclusion).toBe('VALID');
    expect(result.signatures[0].changes).toMatchObject({ coversWholeDocument: false, addedDss: true, contentChanges: [] });
  });

  it('an invisible signature field added for a document time-stamp changes nothing a reader sees', async () => {
    const o = await objectsOf(signed);
    const page = o.dict(o.pageRefs[0]);
    const sig = o.size;
    const widget = o.size + 1;
    const annots = (page.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []).map(String).join(' ');
    page.set(PDFName.of('Annots'), o.context.obj([...(page.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []), PDFRef.of(widget)]));
    const form = o.doc.catalog.lookup(PDFName.of('AcroForm')) as import('pdf-lib').PDFDict;
    const formRef = o.doc.catalog.get(PDFName.of('AcroForm'));
    form.set(PDFName.of('Fields'), o.context.obj([...(form.lookup(PDFName.of('Fields'), PDFArray).asArray()), PDFRef.of(widget)]));
    expect(annots.length).toBeGreaterThan(0);
    const objects = [
      { num: o.pageRefs[0].objectNumber, body: o.body(o.pageRefs[0]) },
      { num: sig, body: `<< /Type /DocTimeStamp /Filter /Adobe.PPKLite /SubFilter /ETSI.RFC3161 /ByteRange [0 0 0 0] /Contents <00> >>` },
      { num: widget, body: `<< /Type /Annot /Subtype /Widget /FT /Sig /Rect [0 0 0 0] /F 132 /T (DocTS) /V ${sig} 0 R /P ${o.pageRefs[0]} >>` },
    ];
    if (formRef instanceof PDFRef) objects.push({ num: formRef.objectNumber, body: o.body(formRef) });
    else objects.push({ num: o.root, body: serialise(o.doc.catalog) });
    const stamped = appendUpdate(signed, objects, { root: o.root, size: o.size + 2 });
    const result = await verify(stamped);
    expect(result.signatures[0]).toMatchObject({ status: 'VALID', changes: { contentChanges: [] } });
  });
});

describe('Incremental Saving Attack (CCS 2019)', () => {
  it('refuses a redefined page content stream, naming page and object', async () => {
    const o = await objectsOf(signed);
    const contents = firstContents(o.contentsOf(0));
    const attacked = appendUpdate(signed, [{ num: contents.objectNumber, body: stream('BT /F1 14 Tf 72 760 Td (Nilai: Rp 900.000.000) Tj ET') }], { root: o.root, size: o.size });
    expectChanged(await verify(attacked), new RegExp(`halaman 1: aliran isi halaman diubah \\(objek ${contents.objectNumber}\\)`));
  });

  it('refuses an added page', async () => {
    const o = await objectsOf(signed);
    const pages = o.dict(o.pagesRef);
    const page = o.size;
    pages.set(PDFName.of('Kids'), o.context.obj([...o.pageRefs, PDFRef.of(page)]));
    pages.set(PDFName.of('Count'), o.context.obj(3));
    const attacked = appendUpdate(
      signed,
      [
        { num: o.pagesRef.objectNumber, body: serialise(pages) },
        { num: page, body: `<< /Type /Page /Parent ${o.pagesRef} /MediaBox [0 0 595 842] /Contents ${page + 1} 0 R >>` },
        { num: page + 1, body: stream('BT /Helvetica 14 Tf 72 760 Td (Lampiran palsu) Tj ET') },
      ],
      { root: o.root, size: o.size + 2 },
    );
    expectChanged(await verify(attacked), /halaman 3 ditambahkan/);
  });

  it('refuses a new catalog (/Root) in the trailer', async () => {
    const o = await objectsOf(signed);
    const catalog = o.size;
    const attacked = appendUpdate(signed, [{ num: catalog, body: serialise(o.doc.catalog) }], { root: catalog, size: o.size + 1 });
    expectChanged(await verify(attacked), new RegExp(`katalog dokumen \\(/Root\\) diganti dengan objek ${catalog}`));
  });

  it('refuses an /OpenAction added to the catalog', async () => {
    const o = await objectsOf(signed);
    o.doc.catalog.set(PDFName.of('OpenAction'), o.context.obj({ S: 'JavaScript', JS: o.context.obj('app.alert(1)') }));
    const attacked = appendUpdate(signed, [{ num: o.root, body: serialise(o.doc.catalog) }], { root: o.root, size: o.size });
    expectChanged(await verify(attacked), /katalog dokumen: \/OpenAction diubah/);
  });

  for (const [subtype, extra] of [
    ['Square', '/IC [1 1 1] /C [1 1 1]'],
    ['FreeText', '/Contents (Nilai: Rp 900.000.000) /DA (/Helv 14 Tf 0 g)'],
    ['Stamp', '/Name /Approved'],
  ] as const) {
    it(`refuses a ${subtype} annotation laid over the page`, async () => {
      const o = await objectsOf(signed);
      const page = o.dict(o.pageRefs[0]);
      const annot = o.size;
      page.set(PDFName.of('Annots'), o.context.obj([...(page.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []), PDFRef.of(annot)]));
      const attacked = appendUpdate(
        signed,
        [
          { num: o.pageRefs[0].objectNumber, body: serialise(page) },
          { num: annot, body: `<< /Type /Annot /Subtype /${subtype} /Rect [60 740 400 790] /F 4 ${extra} /AP << /N ${annot + 1} 0 R >> >>` },
          { num: annot + 1, body: stream('1 1 1 rg 0 0 340 50 re f', '/Type /XObject /Subtype /Form /BBox [0 0 340 50]') },
        ],
        { root: o.root, size: o.size + 2 },
      );
      expectChanged(await verify(attacked), new RegExp(`halaman 1: anotasi ${subtype} baru \\(objek ${annot}\\)`));
    });
  }

  it('refuses a new signature widget that has a visible appearance', async () => {
    const o = await objectsOf(signed);
    const page = o.dict(o.pageRefs[1]);
    const widget = o.size;
    page.set(PDFName.of('Annots'), o.context.obj([...(page.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []), PDFRef.of(widget)]));
    const attacked = appendUpdate(
      signed,
      [
        { num: o.pageRefs[1].objectNumber, body: serialise(page) },
        { num: widget, body: `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Palsu) /Rect [72 600 300 700] /F 4 /AP << /N ${widget + 1} 0 R >> >>` },
        { num: widget + 1, body: stream('BT /Helvetica 12 Tf 0 20 Td (Disetujui Kepala Dinas) Tj ET', '/Type /XObject /Subtype /Form /BBox [0 0 228 100]') },
      ],
      { root: o.root, size: o.size + 2 },
    );
    expectChanged(await verify(attacked), new RegExp(`halaman 2: anotasi Widget baru \\(objek ${widget}\\)`));
  });
});

describe('Signature Wrapping Attack (CCS 2019)', () => {
  it('refuses a /Contents that ends inside the ByteRange gap, with other content in the rest of the gap', async () => {
    const text = Buffer.from(signed).toString('latin1');
    const [b, c] = /\/ByteRange\s*\[\s*0\s+(\d+)\s+(\d+)/.exec(text)!.slice(1, 3).map(Number);
    const gap = text.slice(b, c);
    const hex = gap.slice(1, -1).replace(/(00)+$/, '');
    const injected = `> /Injected (${'A'.repeat(c - b - hex.length - 15)})`;
    const wrapped = Buffer.from(text.slice(0, b) + `<${hex}` + injected + text.slice(c), 'latin1');
    expect(wrapped.length).toBe(signed.length);
    expectMalformed(await verify(wrapped), /Celah \/ByteRange tidak tepat sama dengan \/Contents/);
  });

  it('refuses a copied signature dictionary in an update whose ByteRange still points at the original signed bytes', async () => {
    const o = await objectsOf(signed);
    const form = o.doc.catalog.lookup(PDFName.of('AcroForm')) as import('pdf-lib').PDFDict;
    const fieldRef = form.lookup(PDFName.of('Fields'), PDFArray).get(0) as PDFRef;
    const field = o.dict(fieldRef);
    const sigRef = field.get(PDFName.of('V')) as PDFRef;
    const copy = o.size;
    field.set(PDFName.of('V'), PDFRef.of(copy));
    const attacked = appendUpdate(
      signed,
      [
        { num: fieldRef.objectNumber, body: serialise(field) },
        { num: copy, body: o.body(sigRef) },
      ],
      { root: o.root, size: o.size + 1 },
    );
    const result = await verify(attacked);
    expectMalformed(result, /Celah \/ByteRange tidak tepat sama dengan \/Contents/);
    // The original dictionary is still in the file, no longer referenced: listed, not dropped.
    expect(result.signatures.map((s) => s.reasons.join(' ')).join(' ')).toMatch(/tidak terdaftar pada formulir/);
  });
});

describe('shadow attacks (NDSS 2021)', () => {
  it('hide: refuses removing an overlay annotation that covered content at signing time', async () => {
    const withOverlay = await twoPageLetter((doc) => {
      const ap = doc.context.register(doc.context.stream('1 1 1 rg 0 0 400 60 re f', { Type: 'XObject', Subtype: 'Form', BBox: [0, 0, 400, 60] }));
      const annot = doc.context.register(doc.context.obj({ Type: 'Annot', Subtype: 'Square', Rect: [60, 740, 460, 800], F: 4, AP: { N: ap } }));
      doc.getPage(0).node.set(PDFName.of('Annots'), doc.context.obj([annot]));
    });
    const signedOverlay = await signWithTestPki(withOverlay, signer, [root.cert]);
    const o = await objectsOf(signedOverlay);
    const page = o.dict(o.pageRefs[0]);
    const overlay = (page.lookup(PDFName.of('Annots'), PDFArray).get(0) as PDFRef).objectNumber;
    page.set(PDFName.of('Annots'), o.context.obj((page.lookup(PDFName.of('Annots'), PDFArray).asArray()).filter((r) => (r as PDFRef).objectNumber !== overlay)));
    const attacked = appendUpdate(signedOverlay, [{ num: o.pageRefs[0].objectNumber, body: serialise(page) }], { root: o.root, size: o.size });
    expectChanged(await verify(attacked), new RegExp(`halaman 1: anotasi dihapus \\(objek ${overlay}\\)`));
  });

  it('hide: refuses emptying the content stream that covered hidden text', async () => {
    const covered = await twoPageLetter((doc) => {
      const page = doc.getPage(0);
      page.drawRectangle({ x: 60, y: 740, width: 400, height: 40, color: rgb(1, 1, 1) });
    });
    const signedCovered = await signWithTestPki(covered, signer, [root.cert]);
    const o = await objectsOf(signedCovered);
    const contents = o.contentsOf(0);
    const last = contents instanceof PDFArray ? (contents.get(contents.size() - 1) as PDFRef) : (contents as PDFRef);
    const attacked = appendUpdate(signedCovered, [{ num: last.objectNumber, body: stream('') }], { root: o.root, size: o.size });
    expectChanged(await verify(attacked), new RegExp(`halaman 1: aliran isi halaman diubah \\(objek ${last.objectNumber}\\)`));
  });

  it('hide: refuses freeing the content stream in the xref of an update', async () => {
    const o = await objectsOf(signed);
    const contents = firstContents(o.contentsOf(1));
    const attacked = appendUpdate(signed, [{ num: o.root, body: serialise(o.doc.catalog) }], { root: o.root, size: o.size, free: [contents.objectNumber] });
    expectChanged(await verify(attacked), new RegExp(`halaman 2: aliran isi halaman dihapus \\(objek ${contents.objectNumber}\\)`));
  });

  it('replace: refuses a redefined font', async () => {
    const o = await objectsOf(signed);
    const text = Buffer.from(signed).toString('latin1');
    const font = Number(/(\d+) 0 obj\s*<<\s*\/Type \/Font/.exec(text)![1]);
    const attacked = appendUpdate(signed, [{ num: font, body: '<< /Type /Font /Subtype /Type1 /BaseFont /Courier /Encoding /WinAnsiEncoding >>' }], { root: o.root, size: o.size });
    expectChanged(await verify(attacked), new RegExp(`halaman 1: font diubah \\(objek ${font}\\)`));
  });

  it('hide-and-replace: refuses a new xref that redefines every object, continuing the signed chain or not', async () => {
    const o = await objectsOf(signed);
    // Every object but the signature dictionary, whose /Contents must stay in the signed gap.
    const all = o.context
      .enumerateIndirectObjects()
      .filter(([, object]) => !(object instanceof PDFDict && object.has(PDFName.of('ByteRange'))))
      .map(([ref, object]) => ({ num: ref.objectNumber, body: serialise(object) }));
    const contents = firstContents(o.contentsOf(0));
    const objects = all.map((x) => (x.num === contents.objectNumber ? { num: x.num, body: stream('BT /F1 14 Tf 72 760 Td (Isi pengganti) Tj ET') } : x));
    expectChanged(await verify(appendUpdate(signed, objects, { root: o.root, size: o.size })), /halaman 1: aliran isi halaman diubah/);
    const sigNum = o.context.enumerateIndirectObjects().find(([, x]) => x instanceof PDFDict && x.has(PDFName.of('ByteRange')))![0].objectNumber;
    const sigAt = Buffer.from(signed).indexOf(`\n${sigNum} 0 obj`) + 1;
    const detached = await verify(appendUpdate(signed, objects, { root: o.root, size: o.size, prev: null, existing: new Map([[sigNum, sigAt]]) }));
    expectChanged(detached, /riwayat revisi tidak berlanjut dari revisi yang ditandatangani/);
  });

  it('refuses a page redefined inside an object stream of an xref-stream update', async () => {
    const o = await objectsOf(signed);
    const page = o.dict(o.pageRefs[0]);
    page.set(PDFName.of('MediaBox'), o.context.obj([0, 0, 300, 300]));
    const attacked = appendObjectStreamUpdate(signed, [{ num: o.pageRefs[0].objectNumber, body: serialise(page) }], { root: o.root, size: o.size });
    expectChanged(await verify(attacked), new RegExp(`halaman 1: /MediaBox diubah \\(objek ${o.pageRefs[0].objectNumber}\\)`));
  });

  it('refuses a redefined page that a later xref points back to the signed one: a reader scanning in file order shows it', async () => {
    const o = await objectsOf(signed);
    const pageNum = o.pageRefs[0].objectNumber;
    const signedPageAt = new PdfRevision(signed, new WorkBudget()).entries.get(pageNum);
    expect(signedPageAt?.type).toBe('offset');
    const page = o.dict(o.pageRefs[0]);
    page.set(PDFName.of('MediaBox'), o.context.obj([0, 0, 300, 300]));
    const redefined = appendUpdate(signed, [{ num: pageNum, body: serialise(page) }], { root: o.root, size: o.size });
    const evilAt = Buffer.from(redefined).lastIndexOf(`${pageNum} 0 obj`);
    const reverted = appendUpdate(redefined, [{ num: o.root, body: serialise(o.doc.catalog) }], {
      root: o.root,
      size: o.size,
      existing: new Map([[pageNum, signedPageAt!.type === 'offset' ? signedPageAt!.offset : 0]]),
    });
    expectChanged(await verify(reverted), new RegExp(`objek ${pageNum} \\(Page\\) di posisi ${evilAt} berada di luar tabel referensi silang`));
  });

  it('refuses a redefined page replaced by a copy inside an object stream, which a header-scanning repair does not see', async () => {
    const o = await objectsOf(signed);
    const pageNum = o.pageRefs[0].objectNumber;
    const original = o.body(o.pageRefs[0]);
    const page = o.dict(o.pageRefs[0]);
    page.set(PDFName.of('MediaBox'), o.context.obj([0, 0, 300, 300]));
    const redefined = appendUpdate(signed, [{ num: pageNum, body: serialise(page) }], { root: o.root, size: o.size });
    const evilAt = Buffer.from(redefined).lastIndexOf(`${pageNum} 0 obj`);
    const restored = appendObjectStreamUpdate(redefined, [{ num: pageNum, body: original }], { root: o.root, size: o.size });
    expectChanged(await verify(restored), new RegExp(`objek ${pageNum} \\(Page\\) di posisi ${evilAt} berada di luar tabel referensi silang`));
  });

  it('refuses objects hidden after a NUL and a comment, outside any xref', async () => {
    const o = await objectsOf(signed);
    const page = o.dict(o.pageRefs[0]);
    page.set(PDFName.of('MediaBox'), o.context.obj([0, 0, 300, 300]));
    const hidden = Buffer.concat([Buffer.from(signed), Buffer.from('\n%\u0000 catatan\n\u0000'), Buffer.from(`${o.pageRefs[0].objectNumber} 0 obj\n`), serialise(page), Buffer.from('\nendobj\n')]);
    expectChanged(await verify(hidden), new RegExp(`objek ${o.pageRefs[0].objectNumber} \\(Page\\) di posisi \\d+ berada di luar tabel referensi silang`));
  });
});

describe('a signature that does not cover a whole revision', () => {
  it('refuses a ByteRange that leaves the end of the signed revision (its xref and trailer) unsigned', async () => {
    const placeholder = plainAddPlaceholder({ pdfBuffer: Buffer.from(await twoPageLetter()), reason: 'Uji', contactInfo: '', name: 'Uji', location: 'Kota Uji', signatureLength: 8192, subFilter: 'ETSI.CAdES.detached' });
    const text = placeholder.toString('latin1');
    const rangeAt = text.indexOf('/ByteRange [');
    const rangeEnd = text.indexOf(']', rangeAt) + 1;
    const b = text.indexOf('/Contents <', rangeAt) + '/Contents '.length;
    const c = text.indexOf('>', b) + 1;
    const d = text.length - c - 40; // the last 40 bytes (startxref, %%EOF) are left out
    const range = `/ByteRange [0 ${b} ${c} ${d}]`.padEnd(rangeEnd - rangeAt, ' ');
    const withRange = Buffer.from(text.slice(0, rangeAt) + range + text.slice(rangeEnd), 'latin1');
    const cms = await new TestCmsSigner(signer, [root.cert]).sign(Buffer.concat([withRange.subarray(0, b), withRange.subarray(c, c + d)]));
    const hex = cms.toString('hex').padEnd(c - b - 2, '0');
    const forged = Buffer.from(withRange.toString('latin1').slice(0, b + 1) + hex + withRange.toString('latin1').slice(c - 1), 'latin1');
    const result = await verify(forged);
    expectChanged(result, /tanda tangan tidak mencakup satu revisi dokumen yang utuh/);
  });
});

describe('objects no version of the document uses', () => {
  it('refuses an unsigned stream appended in an update that nothing refers to (bytes riding on a signed letter)', async () => {
    const o = await objectsOf(signed);
    const payload = appendUpdate(signed, [{ num: o.size, body: stream(Buffer.alloc(256 * 1024, 0x41)) }], { root: o.root, size: o.size + 1 });
    expectChanged(await verify(payload), new RegExp(`objek yang tidak dipakai dokumen ditambahkan setelah ditandatangani \\(objek ${o.size}\\)`));
  });

  it('refuses text appended after the last %%EOF, which no reader shows but the signer never signed', async () => {
    const junk = Buffer.concat([Buffer.from(signed), Buffer.from('\nPALSU: teks tambahan setelah EOF\n', 'latin1')]);
    expectChanged(await verify(junk), new RegExp(`data yang bukan bagian dari dokumen \\(28 bita, mulai posisi ${signed.length + 1}\\) ditambahkan setelah ditandatangani`));
  });

  it("refuses text hidden before a copy of the signed revision's own startxref and %%EOF", async () => {
    const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(Buffer.from(signed).toString('latin1').slice(-1024))![1];
    const junk = Buffer.concat([Buffer.from(signed), Buffer.from(`\nBT (PALSU) Tj ET\nstartxref\n${startxref}\n%%EOF\n`, 'latin1')]);
    expectChanged(await verify(junk), /data yang bukan bagian dari dokumen \(\d+ bita, mulai posisi \d+\) ditambahkan setelah ditandatangani/);
  });

  it('still accepts white space, NUL padding and a comment after %%EOF (every reader skips them)', async () => {
    const padded = Buffer.concat([Buffer.from(signed), Buffer.from('\r\n\n  \t\f% disimpan ulang oleh klien surel\n', 'latin1'), Buffer.alloc(512)]);
    const result = await verify(padded);
    expect(result.conclusion).toBe('VALID');
    expect(result.signatures[0].changes.contentChanges).toEqual([]);
  });

  it('still accepts what this system appends: a DSS, then a document time-stamp round whose first DSS a second one replaces', async () => {
    const once = await appendDss(signed, new Uint8Array(32).fill(7), { certificates: [new Uint8Array(root.cert.rawData)], crls: [], ocsps: [] });
    const twice = await appendDss(once, new Uint8Array(32).fill(8), { certificates: [new Uint8Array(signer.cert.rawData)], crls: [], ocsps: [] });
    const result = await verify(twice);
    expect(result.conclusion).toBe('VALID');
    expect(result.signatures[0].changes.contentChanges).toEqual([]);
  });
});

describe('visual comparison of the signed revision with the whole file', () => {
  it('refuses a change the structure rules permit (DocMDP P=3 annotation) when the page looks different', async () => {
    const certified = await twoPageLetter((doc) => {
      const params = doc.context.obj({ Type: 'TransformParams', P: 3, V: PDFName.of('1.2') });
      const docMdp = doc.context.register(doc.context.obj({ Reference: [doc.context.obj({ Type: 'SigRef', TransformMethod: 'DocMDP', TransformParams: params })] }));
      doc.catalog.set(PDFName.of('Perms'), doc.context.obj({ DocMDP: docMdp }));
    });
    const signedCertified = await signWithTestPki(certified, signer, [root.cert]);
    const o = await objectsOf(signedCertified);
    const page = o.dict(o.pageRefs[0]);
    const annot = o.size;
    page.set(PDFName.of('Annots'), o.context.obj([...(page.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []), PDFRef.of(annot)]));
    const attacked = appendUpdate(
      signedCertified,
      [
        { num: o.pageRefs[0].objectNumber, body: serialise(page) },
        { num: annot, body: `<< /Type /Annot /Subtype /Square /Rect [60 700 400 800] /F 4 /AP << /N ${annot + 1} 0 R >> >>` },
        { num: annot + 1, body: stream('0 0 0 rg 0 0 340 100 re f', '/Type /XObject /Subtype /Form /BBox [0 0 340 100]') },
      ],
      { root: o.root, size: o.size + 2 },
    );
    const result = await verify(attacked);
    expect(result.conclusion).toBe('INVALID');
    expect(result.summary).toMatch(/tampilannya berbeda/);
    expect(changes(result)).toBe('halaman 1 tampak berbeda dari versi yang ditandatangani');
  });

  it('refuses a Sneaky Signature Attack: a signature field with a visible appearance added under DocMDP P=2 (Rohlmann et al., S&P 2021)', async () => {
    const certified = await twoPageLetter((doc) => {
      const params = doc.context.obj({ Type: 'TransformParams', P: 2, V: PDFName.of('1.2') });
      const docMdp = doc.context.register(doc.context.obj({ Reference: [doc.context.obj({ Type: 'SigRef', TransformMethod: 'DocMDP', TransformParams: params })] }));
      doc.catalog.set(PDFName.of('Perms'), doc.context.obj({ DocMDP: docMdp }));
    });
    const signedCertified = await signWithTestPki(certified, signer, [root.cert]);
    const o = await objectsOf(signedCertified);
    const page = o.dict(o.pageRefs[0]);
    const widget = o.size;
    page.set(PDFName.of('Annots'), o.context.obj([...(page.lookupMaybe(PDFName.of('Annots'), PDFArray)?.asArray() ?? []), PDFRef.of(widget)]));
    // P=2 permits signing, so a new signature field passes the structure rules; its appearance paints over the text.
    const attacked = appendUpdate(
      signedCertified,
      [
        { num: o.pageRefs[0].objectNumber, body: serialise(page) },
        { num: widget, body: `<< /Type /Annot /Subtype /Widget /FT /Sig /T (Tanda tangan 2) /Rect [40 740 560 820] /F 4 /P ${o.pageRefs[0].objectNumber} 0 R /AP << /N ${widget + 1} 0 R >> >>` },
        { num: widget + 1, body: stream('1 1 1 rg 0 0 520 80 re f 0 0 0 rg BT /Helv 14 Tf 10 30 Td (Surat Keputusan Nomor 999/999/2026) Tj ET', '/Type /XObject /Subtype /Form /BBox [0 0 520 80]') },
      ],
      { root: o.root, size: o.size + 2 },
    );
    const result = await verify(attacked);
    expect(result.conclusion).toBe('INVALID');
    expect(result.signatures[0]).toMatchObject({ status: 'INVALID', subIndication: 'CHANGED_AFTER_SIGNING' });
    expect(changes(result)).toBe('halaman 1 tampak berbeda dari versi yang ditandatangani');
  });

  it('is indeterminate, not valid, when the pages cannot be rendered (more pages than the renderer may compare)', async () => {
    const doc = await PDFDocument.create();
    for (let i = 0; i <= LIMITS.maxRenderedPages; i++) doc.addPage([595, 842]);
    const long = await signWithTestPki(await doc.save({ useObjectStreams: false }), signer, [root.cert]);
    const withDss = await appendDss(long, new Uint8Array(32).fill(7), { certificates: [new Uint8Array(root.cert.rawData)], crls: [], ocsps: [] });
    const result = await verify(withDss);
    expect(result.conclusion).toBe('INDETERMINATE');
    expect(result.signatures[0].reasons.join(' ')).toMatch(new RegExp(`lebih dari ${LIMITS.maxRenderedPages} halaman untuk dibandingkan`));
  });

  it('renders the largest page a PDF allows (14400 pt a side) at a lower scale, within the pixel limit', async () => {
    const scale = renderScale(14_400, 14_400);
    expect(Math.floor(14_400 * scale) ** 2).toBeLessThanOrEqual(LIMITS.maxRenderedPixels);
    expect(renderScale(595, 842)).toBe(0.5);
    const doc = await PDFDocument.create();
    doc.addPage([14_400, 14_400]).drawText('Peta wilayah', { x: 72, y: 14_000, size: 400, font: await doc.embedFont(StandardFonts.Helvetica) });
    const huge = await signWithTestPki(await doc.save({ useObjectStreams: false }), signer, [root.cert]);
    const withDss = await appendDss(huge, new Uint8Array(32).fill(7), { certificates: [new Uint8Array(root.cert.rawData)], crls: [], ocsps: [] });
    const result = await verify(withDss);
    expect(result.conclusion).toBe('VALID');
  });
});
