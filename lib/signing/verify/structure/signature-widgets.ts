// Signature fields and what a later update may add of them without changing what a reader sees.
import type { PdfRevision } from '@/lib/pdf/parse/revision';
import { PdfDict, PdfRef, type PdfValue } from '@/lib/pdf/parse/values';

/** /FT of a field, inherited through /Parent (bounded). */
export function fieldType(revision: PdfRevision, field: PdfDict): string | undefined {
  let node: PdfDict | null = field;
  for (let depth = 0; node && depth < 32; depth++) {
    const ft = node.name('FT');
    if (ft) return ft;
    node = revision.dict(node.get('Parent'));
  }
  return undefined;
}

const HIDDEN = 2;
const NO_VIEW = 32;

function zeroArea(rect: PdfValue | undefined): boolean {
  if (!Array.isArray(rect) || rect.length !== 4 || !rect.every((n) => typeof n === 'number')) return true;
  const [x1, y1, x2, y2] = rect as number[];
  return x1 === x2 || y1 === y2;
}

/** A signature field (or its widget) that shows nothing: no appearance, an empty box, or hidden. */
export function isInvisibleSignatureField(revision: PdfRevision, value: PdfValue | undefined): boolean {
  const field = revision.dict(value);
  if (!field || fieldType(revision, field) !== 'Sig') return false;
  const flags = field.get('F');
  const hidden = typeof flags === 'number' && (flags & (HIDDEN | NO_VIEW)) !== 0;
  return !field.get('AP') || zeroArea(revision.resolve(field.get('Rect'))) || hidden;
}

export function isSignatureField(revision: PdfRevision, value: PdfValue | undefined): boolean {
  const field = revision.dict(value);
  return !!field && fieldType(revision, field) === 'Sig';
}

export const refNum = (value: PdfValue | undefined) => (value instanceof PdfRef ? value.num : null);
