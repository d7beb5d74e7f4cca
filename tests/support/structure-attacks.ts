// Builders for the PDF structure attacks of the published research, applied to a signed file:
// Incremental Saving, Signature Wrapping and Universal Signature Forgery (Mladenov, Mainka, Meyer
// zu Selhausen, Grothe, Schwenk, "1 Trillion Dollar Refund", CCS 2019) and the shadow attacks
// hide / replace / hide-and-replace (Mainka, Mladenov, Rohlmann, NDSS 2021). Every byte here is
// written by the attack code itself, never by the verifier under test.
import { deflateSync } from 'node:zlib';
import { PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from 'pdf-lib';

export type Body = string | Uint8Array;
export interface UpdateObject {
  num: number;
  body: Body;
}

const enc = (b: Body) => (typeof b === 'string' ? Buffer.from(b, 'latin1') : Buffer.from(b));

export function lastStartXref(pdf: Uint8Array): number {
  const text = Buffer.from(pdf).toString('latin1');
  return Number(/startxref\s+(\d+)\s+%%EOF\s*$/.exec(text.slice(-1024))![1]);
}

/** Serialises a pdf-lib object (dictionary, array, stream) as an indirect object's body. */
export function serialise(object: PDFObject): Buffer {
  const bytes = new Uint8Array(object.sizeInBytes());
  object.copyBytesInto(bytes, 0);
  return Buffer.from(bytes);
}

export function stream(content: Body, dict = ''): Buffer {
  const data = enc(content);
  return Buffer.concat([Buffer.from(`<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'), data, Buffer.from('\nendstream', 'latin1')]);
}

/** Appends an incremental update with a classic xref table; prev: the xref it continues (default: the file's last). */
export function appendUpdate(
  base: Uint8Array,
  objects: UpdateObject[],
  trailer: { root: number; size: number; prev?: number | null | 'self'; extra?: string; prefix?: Body; existing?: Map<number, number>; free?: number[] },
): Buffer {
  const parts: Buffer[] = [Buffer.from(base)];
  let offset = base.length;
  const push = (b: Body) => {
    const bytes = enc(b);
    parts.push(bytes);
    offset += bytes.length;
  };
  push(trailer.prefix ?? '\n');
  const offsets = new Map<number, number>();
  for (const o of objects) {
    offsets.set(o.num, offset);
    push(`${o.num} 0 obj\n`);
    push(o.body);
    push('\nendobj\n');
  }
  const xrefAt = offset;
  // Entries for objects left where they are (a replacement xref still has to point at them).
  for (const [num, at] of trailer.existing ?? []) offsets.set(num, at);
  let xref = 'xref\n';
  for (const num of [...offsets.keys()].sort((a, b) => a - b)) {
    xref += `${num} 1\n${String(offsets.get(num)).padStart(10, '0')} 00000 n\r\n`;
  }
  for (const num of trailer.free ?? []) xref += `${num} 1\n0000000000 00001 f\r\n`;
  const prev = trailer.prev === undefined ? lastStartXref(base) : trailer.prev === 'self' ? xrefAt : trailer.prev;
  const prevEntry = prev === null ? '' : ` /Prev ${prev}`;
  push(`${xref}trailer\n<< /Size ${trailer.size} /Root ${trailer.root} 0 R${prevEntry} ${trailer.extra ?? ''} >>\nstartxref\n${xrefAt}\n%%EOF\n`);
  return Buffer.concat(parts);
}

/**
 * Appends an update whose objects sit in an object stream, indexed by an xref stream (PDF 1.5):
 * the form in which a redefinition is invisible to a reader that only scans for "N 0 obj".
 */
export function appendObjectStreamUpdate(base: Uint8Array, objects: UpdateObject[], trailer: { root: number; size: number }): Buffer {
  const objStmNum = trailer.size;
  const xrefNum = trailer.size + 1;
  let header = '';
  let body = '';
  for (const o of objects) {
    header += `${o.num} ${body.length} `;
    body += `${enc(o.body).toString('latin1')}\n`;
  }
  const data = deflateSync(Buffer.from(header + body, 'latin1'));
  const objStm = Buffer.concat([
    Buffer.from(`<< /Type /ObjStm /N ${objects.length} /First ${header.length} /Filter /FlateDecode /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream', 'latin1'),
  ]);
  const parts: Buffer[] = [Buffer.from(base), Buffer.from('\n')];
  let offset = base.length + 1;
  const objStmAt = offset;
  const objStmBytes = Buffer.concat([Buffer.from(`${objStmNum} 0 obj\n`), objStm, Buffer.from('\nendobj\n')]);
  parts.push(objStmBytes);
  offset += objStmBytes.length;
  const xrefAt = offset;
  // Rows: type (1 byte), field 2 (4 bytes), field 3 (2 bytes).
  const rows: { num: number; row: Buffer }[] = objects.map((o, i) => ({ num: o.num, row: Buffer.from([2, ...be(objStmNum, 4), ...be(i, 2)]) }));
  rows.push({ num: objStmNum, row: Buffer.from([1, ...be(objStmAt, 4), 0, 0]) });
  rows.push({ num: xrefNum, row: Buffer.from([1, ...be(xrefAt, 4), 0, 0]) });
  rows.sort((a, b) => a.num - b.num);
  const index = rows.map((r) => `${r.num} 1`).join(' ');
  const xrefData = Buffer.concat(rows.map((r) => r.row));
  const xref = Buffer.concat([
    Buffer.from(
      `${xrefNum} 0 obj\n<< /Type /XRef /Size ${xrefNum + 1} /Root ${trailer.root} 0 R /Prev ${lastStartXref(base)} /W [1 4 2] /Index [${index}] /Length ${xrefData.length} >>\nstream\n`,
      'latin1',
    ),
    xrefData,
    Buffer.from(`\nendstream\nendobj\nstartxref\n${xrefAt}\n%%EOF\n`, 'latin1'),
  ]);
  parts.push(xref);
  return Buffer.concat(parts);
}

const be = (n: number, width: number) => Array.from({ length: width }, (_, i) => Math.floor(n / 256 ** (width - 1 - i)) % 256);

/** The signed file's structure as pdf-lib reads it, to name the objects an attack redefines. */
export async function objectsOf(pdf: Uint8Array) {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const context = doc.context;
  const root = context.trailerInfo.Root as PDFRef;
  const pages = doc.getPages();
  const contentsOf = (i: number) => pages[i].node.get(PDFName.of('Contents'));
  return {
    doc,
    context,
    root: root.objectNumber,
    size: context.largestObjectNumber + 1,
    pageRefs: pages.map((p) => p.ref),
    pagesRef: doc.catalog.get(PDFName.of('Pages')) as PDFRef,
    contentsOf,
    /** The body of an existing object, as text (for redefinitions that copy it). */
    body: (ref: PDFRef) => serialise(context.lookup(ref)!),
    dict: (ref: PDFRef) => context.lookup(ref, PDFDict),
  };
}

/** A minimal hand-made PDF (classic xref) from object bodies numbered 1..n; object 1 is the catalog. */
export function handMadePdf(bodies: Body[], options: { trailerExtra?: string; header?: string } = {}): Buffer {
  const parts: Buffer[] = [Buffer.from(options.header ?? '%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1')];
  let offset = parts[0].length;
  const offsets: number[] = [];
  bodies.forEach((b, i) => {
    offsets.push(offset);
    const bytes = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`), enc(b), Buffer.from('\nendobj\n')]);
    parts.push(bytes);
    offset += bytes.length;
  });
  let xref = `xref\n0 ${bodies.length + 1}\n0000000000 65535 f\r\n`;
  for (const o of offsets) xref += `${String(o).padStart(10, '0')} 00000 n\r\n`;
  parts.push(Buffer.from(`${xref}trailer\n<< /Size ${bodies.length + 1} /Root 1 0 R ${options.trailerExtra ?? ''} >>\nstartxref\n${offset}\n%%EOF\n`, 'latin1'));
  return Buffer.concat(parts);
}

/** Catalog, page tree and one page drawing text: objects 1-4 of a hand-made PDF (5 = font). */
export function handMadeBase(text = 'Surat uji', annots = ''): Body[] {
  const content = `BT /F1 14 Tf 72 760 Td (${text}) Tj ET`;
  return [
    '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [] >> >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R ${annots} >>`,
    stream(content),
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
}
