// The signatures of a PDF: every signature dictionary the file holds (well formed or not: a
// malformed one is reported as a failed signature, never dropped), the bytes each covers, and what
// a reader of the whole file sees that the signed revision did not have.
import { pdfDate, type PdfObjects } from './pdf-objects';
import { compareRevisions } from './structure/changes';
import { objectsOutsideXref } from './structure/hidden-objects';
import { strayBytes } from './structure/stray-bytes';
import { PdfDamagedError, PdfRefusedError } from '@/lib/pdf/parse/limits';
import { LIMITS } from './structure/limits';
import type { PdfRevision } from '@/lib/pdf/parse/revision';
import { fieldType } from './structure/signature-widgets';
import { unusedObjects } from './structure/unused-objects';
import { PdfDict, PdfRef, PdfString, sameValue, textOf, type PdfValue } from '@/lib/pdf/parse/values';

export interface PdfSignatureField {
  objectNumber: number;
  byteRange: [number, number, number, number];
  /** DER of /Contents (trailing zero padding removed by the CMS parser, not here). */
  contents: Uint8Array;
  subFilter: string;
  isDocTimeStamp: boolean;
  /** /M: the time the signer claims. */
  claimedTime?: Date;
  name?: string;
  reason?: string;
  location?: string;
  /** Why this signature cannot be checked at all (missing /Contents, a ByteRange outside the file...), in Indonesian. */
  malformed?: string;
}

export interface LaterChanges {
  /** The signature covers every byte of the file except its own /Contents. */
  coversWholeDocument: boolean;
  addedDss: boolean;
  addedDocTimeStamps: number;
  addedSignatures: number;
  /** What a reader sees that was not signed (pages, objects, annotations...), in Indonesian. */
  contentChanges: string[];
}

const BYTE_RANGE = Buffer.from('/ByteRange');
/** What every signature dictionary mentions: /ByteRange, or a /Type of Sig or DocTimeStamp. */
const SIGNATURE_TOKENS = /\/(ByteRange|Sig|DocTimeStamp)(?![^\s/<>[\]()%{}])/g;
const MAX_FIELD_DEPTH = 16;

const endOf = (field: PdfSignatureField) => field.byteRange[2] + field.byteRange[3];

function malformedField(objectNumber: number, reason: string, dict?: PdfDict): PdfSignatureField {
  return {
    objectNumber,
    byteRange: [0, 0, 0, 0],
    contents: new Uint8Array(),
    subFilter: dict?.name('SubFilter') ?? '',
    isDocTimeStamp: dict?.name('Type') === 'DocTimeStamp',
    name: textOf(dict?.get('Name')),
    malformed: reason,
  };
}

/** Signature values of the AcroForm's signature fields (field tree walked to a bounded depth). */
function signatureValuesOfFields(final: PdfRevision): { field: number; value: PdfValue | undefined }[] {
  const found: { field: number; value: PdfValue | undefined }[] = [];
  const seen = new Set<number>();
  const form = final.dict(final.dict(final.root ?? undefined)?.get('AcroForm'));
  const walk = (items: PdfValue | undefined, depth: number) => {
    const list = final.resolve(items);
    if (!Array.isArray(list) || depth > MAX_FIELD_DEPTH) return;
    for (const item of list) {
      if (!(item instanceof PdfRef) || seen.has(item.num)) continue;
      seen.add(item.num);
      const field = final.dict(item);
      if (!field) continue;
      if (field.get('Kids') !== undefined) walk(field.get('Kids'), depth + 1);
      if (fieldType(final, field) === 'Sig' && field.get('V') !== undefined) found.push({ field: item.num, value: field.get('V') });
    }
  };
  walk(form?.get('Fields'), 0);
  return found;
}

const looksLikeSignature = (dict: PdfDict) => ['Sig', 'DocTimeStamp'].includes(dict.name('Type') ?? '') || dict.get('ByteRange') !== undefined;

/** Checks one signature dictionary: the ByteRange against the file length first, then /Contents in the gap. */
function readSignature(num: number, dict: PdfDict, inObjectStream: boolean, fileLength: number): PdfSignatureField {
  const fail = (reason: string) => malformedField(num, reason, dict);
  if (inObjectStream) return fail('Kamus tanda tangan berada di dalam object stream, sehingga rentang byte-nya tidak dapat diperiksa.');
  const range = dict.get('ByteRange');
  if (range === undefined) return fail('Tanda tangan tidak memiliki /ByteRange.');
  if (!Array.isArray(range) || range.length !== 4 || !range.every((n) => typeof n === 'number' && Number.isSafeInteger(n) && n >= 0)) {
    return fail('/ByteRange tanda tangan bukan empat bilangan bulat tidak negatif.');
  }
  const [a, b, c, d] = range as number[];
  if (a !== 0 || b === 0 || c <= b || c + d > fileLength || d === 0) {
    return fail(`/ByteRange [${a} ${b} ${c} ${d}] tidak menutupi berkas sebagaimana mestinya (berkas ${fileLength} byte).`);
  }
  const contents = dict.get('Contents');
  if (contents === undefined) return fail('Tanda tangan tidak memiliki /Contents.');
  if (!(contents instanceof PdfString) || !contents.hex) return fail('/Contents tanda tangan bukan string heksadesimal.');
  if (contents.bytes.every((x) => x === 0)) return fail('/Contents tanda tangan kosong.');
  if (contents.start !== b || contents.end !== c) {
    return fail('Celah /ByteRange tidak tepat sama dengan /Contents tanda tangan (bagian berkas yang tidak ditandatangani dapat disisipi isi lain).');
  }
  const subFilter = dict.name('SubFilter') ?? '';
  return {
    objectNumber: num,
    byteRange: [a, b, c, d],
    contents: contents.bytes,
    subFilter,
    isDocTimeStamp: dict.name('Type') === 'DocTimeStamp' || subFilter === 'ETSI.RFC3161',
    claimedTime: pdfDate(textOf(dict.get('M'))),
    name: textOf(dict.get('Name')),
    reason: textOf(dict.get('Reason')),
    location: textOf(dict.get('Location')),
  };
}

/** Offsets of "/ByteRange" in the raw bytes (signature dictionaries of every revision, hidden ones too). */
function rawByteRanges(bytes: Uint8Array): number[] {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const found: number[] = [];
  for (let at = buf.indexOf(BYTE_RANGE); at >= 0; at = buf.indexOf(BYTE_RANGE, at + 1)) {
    if (found.length > LIMITS.maxSignatures * 4) throw new PdfRefusedError(`berkas memuat lebih dari ${LIMITS.maxSignatures} kamus tanda tangan`);
    found.push(at);
  }
  return found;
}

export function findSignatures(pdf: PdfObjects): PdfSignatureField[] {
  const final = pdf.final;
  if (!final || pdf.damage) {
    return rawByteRanges(pdf.bytes).map((at) => malformedField(0, `Berkas rusak (${pdf.damage}); tanda tangan di posisi ${at} tidak dapat diperiksa.`));
  }
  const found = new Map<number, PdfSignatureField>();
  const add = (num: number, field: PdfSignatureField) => {
    if (found.has(num)) return;
    if (found.size >= LIMITS.maxSignatures) throw new PdfRefusedError(`berkas memuat lebih dari ${LIMITS.maxSignatures} tanda tangan`);
    found.set(num, field);
  };
  for (const { field, value } of signatureValuesOfFields(final)) {
    if (!(value instanceof PdfRef)) {
      add(field, malformedField(field, `Bidang tanda tangan objek ${field} tidak merujuk ke kamus tanda tangan tersendiri.`));
      continue;
    }
    const object = final.get(value.num);
    if (!object || !(object.value instanceof PdfDict)) {
      add(value.num, malformedField(value.num, `Bidang tanda tangan objek ${field} merujuk ke objek ${value.num} yang tidak ada atau bukan kamus tanda tangan.`));
      continue;
    }
    add(value.num, readSignature(value.num, object.value, !object.span, pdf.bytes.length));
  }
  // Signature dictionaries no field refers to, and any "/ByteRange" outside every known one.
  const spans: { start: number; end: number }[] = [];
  for (const num of final.objectsMatching(SIGNATURE_TOKENS)) {
    const object = final.get(num);
    if (!object || !(object.value instanceof PdfDict) || !looksLikeSignature(object.value)) continue;
    if (object.span) spans.push(object.span);
    if (!found.has(num)) add(num, { ...readSignature(num, object.value, !object.span, pdf.bytes.length), malformed: `Kamus tanda tangan objek ${num} tidak terdaftar pada formulir (AcroForm) dokumen.` });
  }
  for (const at of rawByteRanges(pdf.bytes)) {
    if (spans.some((s) => at >= s.start && at < s.end)) continue;
    add(-at, malformedField(0, `Kamus tanda tangan di posisi ${at} tidak termasuk struktur dokumen yang dibaca pembaca PDF (tersembunyi atau sudah diganti).`));
  }
  // Revision order; malformed ones (no usable ByteRange) after the rest.
  const rank = (f: PdfSignatureField) => (f.malformed ? Number.MAX_SAFE_INTEGER : endOf(f));
  return [...found.values()].sort((x, y) => rank(x) - rank(y) || x.objectNumber - y.objectNumber);
}

/** The bytes a signature covers, concatenated (empty when the ByteRange does not fit the file). */
export function signedBytes(bytes: Uint8Array, [a, b, c, d]: PdfSignatureField['byteRange']): Uint8Array {
  if (![a, b, c, d].every((n) => Number.isSafeInteger(n) && n >= 0) || a + b > bytes.length || c + d > bytes.length) return new Uint8Array();
  const out = new Uint8Array(b + d);
  out.set(bytes.subarray(a, a + b), 0);
  out.set(bytes.subarray(c, c + d), b);
  return out;
}

/** Whether the ByteRange is well formed: starts at 0, the gap is exactly the /Contents, inside the file. */
export function byteRangeIsSound(field: PdfSignatureField, fileLength: number): boolean {
  const [a, b, c, d] = field.byteRange;
  return !field.malformed && a === 0 && b > 0 && c > b && c + d <= fileLength && c - b === field.contents.length * 2 + 2;
}

const EOF_MARK = /%%EOF[\r\n\t ]*$/;
const EOF_BYTES = Buffer.from('%%EOF');
const onlyWhitespace = (bytes: Uint8Array) => bytes.every((x) => x === 0x20 || x === 0x0a || x === 0x0d || x === 0x09);

const analyses = new WeakMap<PdfObjects, Map<string, LaterChanges>>();

/** What was appended after a signature's revision, and whether a reader would see any of it (worked out once per file and field). */
export function analyzeLaterChanges(pdf: PdfObjects, field: PdfSignatureField, all: PdfSignatureField[]): LaterChanges {
  let known = analyses.get(pdf);
  if (!known) analyses.set(pdf, (known = new Map()));
  const key = `${field.objectNumber}:${field.byteRange.join(',')}:${all.length}`;
  let changes = known.get(key);
  if (!changes) known.set(key, (changes = laterChanges(pdf, field, all)));
  return { ...changes, contentChanges: [...changes.contentChanges] };
}

/** The document after each update that followed the signed revision (ending at `end`), the last one aside. */
function laterRevisions(pdf: PdfObjects, final: PdfRevision, end: number): PdfRevision[] {
  const buf = Buffer.from(pdf.bytes.buffer, pdf.bytes.byteOffset, pdf.bytes.byteLength);
  const ends = final.sections
    .filter((section) => section >= end)
    .map((section) => buf.indexOf(EOF_BYTES, section))
    .filter((eof) => eof >= 0 && eof + EOF_BYTES.length < pdf.bytes.length)
    .map((eof) => eof + EOF_BYTES.length);
  return [...new Set(ends)].flatMap((updateEnd) => {
    try {
      return [pdf.revisionEndingAt(updateEnd)];
    } catch (error) {
      if (!(error instanceof PdfDamagedError)) throw error;
      return [];
    }
  });
}

function laterChanges(pdf: PdfObjects, field: PdfSignatureField, all: PdfSignatureField[]): LaterChanges {
  const end = endOf(field);
  const changes: LaterChanges = { coversWholeDocument: end === pdf.bytes.length, addedDss: false, addedDocTimeStamps: 0, addedSignatures: 0, contentChanges: [] };
  if (field.malformed || !pdf.final) return changes;
  const tail = Buffer.from(pdf.bytes.buffer, pdf.bytes.byteOffset + Math.max(0, end - 1024), Math.min(end, 1024)).toString('latin1');
  if (!EOF_MARK.test(tail)) {
    if (!changes.coversWholeDocument) changes.contentChanges.push('tanda tangan tidak mencakup satu revisi dokumen yang utuh (tidak berakhir pada %%EOF)');
    return changes;
  }
  if (changes.coversWholeDocument || onlyWhitespace(pdf.bytes.subarray(end))) return changes;
  for (const later of all) {
    if (later.malformed || endOf(later) <= end) continue;
    if (later.isDocTimeStamp) changes.addedDocTimeStamps++;
    else changes.addedSignatures++;
  }
  let signed: PdfRevision;
  try {
    signed = pdf.revisionEndingAt(end);
  } catch (error) {
    if (!(error instanceof PdfDamagedError)) throw error;
    changes.contentChanges.push(`revisi yang ditandatangani tidak dapat dibaca: ${error.reason}`);
    return changes;
  }
  const final = pdf.final;
  const dssOf = (r: PdfRevision) => r.dict(r.root ?? undefined)?.get('DSS');
  changes.addedDss = dssOf(final) !== undefined && !sameValue(dssOf(final), dssOf(signed));
  changes.contentChanges = changes.contentChanges.concat(compareRevisions(signed, final), objectsOutsideXref(final, end), unusedObjects(signed, final, laterRevisions(pdf, final, end)));
  // The catch-all, named only when nothing above explains the extra bytes (an unused object is stray too).
  if (changes.contentChanges.length === 0) changes.contentChanges.push(...strayBytes(final, end));
  return changes;
}
