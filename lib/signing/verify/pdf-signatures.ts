// The signatures of a PDF as bytes: dictionary entries, the covered ranges, the CMS, and what later
// incremental updates added after each signature.
import { PdfObjects, dictEntries, dictValue, listObjects, pdfDate, pdfString, type RawObject } from './pdf-objects';

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
}

export interface LaterChanges {
  /** The signature covers every byte of the file except its own /Contents. */
  coversWholeDocument: boolean;
  addedDss: boolean;
  addedDocTimeStamps: number;
  addedSignatures: number;
  /** Objects changed after signing in ways that may alter what the document shows (page content, catalog...). */
  contentChanges: string[];
}

export function findSignatures(pdf: PdfObjects): PdfSignatureField[] {
  const seen = new Set<string>();
  const found: PdfSignatureField[] = [];
  for (const object of pdf.all) {
    if (!object.dict.includes('/ByteRange')) continue;
    const entries = dictEntries(object.dict);
    const range = /^\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]$/.exec(entries.get('ByteRange') ?? '');
    if (!range) continue;
    const byteRange = range.slice(1, 5).map(Number) as PdfSignatureField['byteRange'];
    const key = byteRange.join(' ');
    if (seen.has(key)) continue;
    seen.add(key);
    const [, a, b] = byteRange;
    // The bytes the ByteRange leaves out must be exactly the hex string of /Contents.
    const gap = pdf.text.slice(a, b);
    const hex = /^<([0-9a-fA-F\s]*)>$/.exec(gap);
    if (!hex) continue;
    const subFilter = (entries.get('SubFilter') ?? '').replace(/^\//, '');
    found.push({
      objectNumber: object.num,
      byteRange,
      contents: new Uint8Array(Buffer.from(hex[1].replace(/\s/g, ''), 'hex')),
      subFilter,
      isDocTimeStamp: entries.get('Type') === '/DocTimeStamp' || subFilter === 'ETSI.RFC3161',
      claimedTime: pdfDate(pdfString(entries.get('M'))),
      name: pdfString(entries.get('Name')),
      reason: pdfString(entries.get('Reason')),
      location: pdfString(entries.get('Location')),
    });
  }
  return found;
}

/** The bytes a signature covers, concatenated. */
export function signedBytes(bytes: Uint8Array, [a, b, c, d]: PdfSignatureField['byteRange']): Uint8Array {
  const out = new Uint8Array(b + d);
  out.set(bytes.subarray(a, a + b), 0);
  out.set(bytes.subarray(c, c + d), b);
  return out;
}

/** Whether the ByteRange is well formed: starts at 0, the gap is the /Contents, inside the file. */
export function byteRangeIsSound(field: PdfSignatureField, fileLength: number): boolean {
  const [a, b, c, d] = field.byteRange;
  return a === 0 && b > 0 && c > b && c + d <= fileLength && c - b === field.contents.length * 2 + 2;
}

const normalize = (value: string | undefined) => (value ?? '').replace(/\s+/g, ' ').trim();

/** Entries a later update may change without changing what was signed, per object type. */
const ALLOWED_CHANGES: Record<string, string[]> = {
  '/Catalog': ['DSS', 'AcroForm', 'Perms', 'Extensions'],
  '/Page': ['Annots'],
  '/AcroForm': ['Fields', 'SigFlags', 'DR', 'DA', 'NeedAppearances'],
};

function sameExcept(before: string, after: string, allowed: string[]): boolean {
  const a = dictEntries(before);
  const b = dictEntries(after);
  const keys = new Set([...a.keys(), ...b.keys()]);
  for (const key of keys) {
    if (allowed.includes(key)) continue;
    if (normalize(a.get(key)) !== normalize(b.get(key))) return false;
  }
  return true;
}

function objectKind(object: RawObject): string {
  const type = dictValue(object.dict, 'Type');
  if (type) return type;
  if (dictValue(object.dict, 'Fields') !== undefined) return '/AcroForm';
  return '';
}

/** What was appended after a signature's revision, and whether any of it changes the content. */
export function analyzeLaterChanges(pdf: PdfObjects, field: PdfSignatureField, all: PdfSignatureField[]): LaterChanges {
  const end = field.byteRange[2] + field.byteRange[3];
  const changes: LaterChanges = { coversWholeDocument: end === pdf.bytes.length, addedDss: false, addedDocTimeStamps: 0, addedSignatures: 0, contentChanges: [] };
  if (changes.coversWholeDocument) return changes;

  const before = new Map<number, RawObject>();
  for (const o of listObjects(pdf.text, 0, end)) before.set(o.num, o);
  const laterSignatures = new Set(all.filter((s) => s.byteRange[2] + s.byteRange[3] > end).map((s) => s.objectNumber));

  for (const object of pdf.all) {
    if (object.start < end) continue;
    const kind = objectKind(object);
    if (kind === '/ObjStm') {
      changes.contentChanges.push(`objek ${object.num} (object stream yang tidak dapat diperiksa)`);
      continue;
    }
    if (kind === '/DSS') changes.addedDss = true;
    if (kind === '/Annot' && dictValue(object.dict, 'Subtype') !== '/Widget') {
      changes.contentChanges.push(`objek ${object.num} (anotasi ${dictValue(object.dict, 'Subtype')?.slice(1) ?? ''})`);
    }
    if (laterSignatures.has(object.num)) {
      const later = all.find((s) => s.objectNumber === object.num)!;
      if (later.isDocTimeStamp) changes.addedDocTimeStamps++;
      else changes.addedSignatures++;
    }
    const previous = before.get(object.num);
    if (!previous) continue; // a new object changes nothing unless a changed object points to it
    const allowed = ALLOWED_CHANGES[kind];
    if (!allowed || !sameExcept(previous.dict, object.dict, allowed) || (object.streamStart !== null)) {
      changes.contentChanges.push(`objek ${object.num}${kind ? ` (${kind.slice(1)})` : ''}`);
    }
  }
  return changes;
}
