// The Document Security Store (PAdES B-LT): certificates, CRLs and OCSP responses a later verifier needs.
import type * as pkijs from 'pkijs';
import type { PdfObjects } from './pdf-objects';
import { PdfRef } from '@/lib/pdf/parse/values';
import { parseCrl, parseOcsp, type RevocationData } from './revocation';
import { certificateFromDer } from './trust';

export interface DssContent extends RevocationData {
  certificates: pkijs.Certificate[];
}

/** Entries read per DSS array: a stream referenced a thousand times is read once, and only so many. */
const MAX_DSS_ENTRIES = 256;

export function readDss(pdf: PdfObjects): DssContent | null {
  const final = pdf.final;
  const dss = final?.dict(final.dict(final.root ?? undefined)?.get('DSS'));
  if (!final || !dss) return null;
  const streams = (key: string) => {
    const list = final.resolve(dss.get(key));
    // Stops at the limit: a hostile array may hold a million references.
    const nums = new Set<number>();
    for (const item of Array.isArray(list) ? list : []) {
      if (nums.size >= MAX_DSS_ENTRIES) break;
      if (item instanceof PdfRef) nums.add(item.num);
    }
    return [...nums]
      .map((num) => pdf.streamBytes(num))
      .filter((b): b is Uint8Array => b !== null);
  };
  const notNull = <T>(x: T | null): x is T => x !== null;
  return {
    certificates: streams('Certs').map(certificateFromDer).filter(notNull),
    crls: streams('CRLs').map(parseCrl).filter(notNull),
    ocsps: streams('OCSPs').map(parseOcsp).filter(notNull),
  };
}

/** Whether the revision of the file that ends at `end` (a document time-stamp's) already has a DSS: the stamp then covers it. */
export function dssInRevisionEndingAt(pdf: PdfObjects, end: number): boolean {
  const revision = pdf.revisionEndingAt(end);
  return !!revision?.dict(revision.dict(revision.root ?? undefined)?.get('DSS'));
}
