// The Document Security Store (PAdES B-LT): certificates, CRLs and OCSP responses a later verifier needs.
import type * as pkijs from 'pkijs';
import { dictValue, refsIn, type PdfObjects } from './pdf-objects';
import { parseCrl, parseOcsp, type RevocationData } from './revocation';
import { certificateFromDer } from './trust';

export interface DssContent extends RevocationData {
  certificates: pkijs.Certificate[];
}

export function readDss(pdf: PdfObjects): DssContent | null {
  const catalog = [...pdf.all].reverse().find((o) => dictValue(o.dict, 'Type') === '/Catalog');
  const dss = catalog ? pdf.resolveDict(dictValue(catalog.dict, 'DSS')) : undefined;
  if (!dss) return null;
  const streams = (key: string) =>
    refsIn(pdf.resolveDict(dictValue(dss, key)) ?? dictValue(dss, key))
      .map((num) => pdf.streamBytes(num))
      .filter((b): b is Uint8Array => b !== null);
  const notNull = <T>(x: T | null): x is T => x !== null;
  return {
    certificates: streams('Certs').map(certificateFromDer).filter(notNull),
    crls: streams('CRLs').map(parseCrl).filter(notNull),
    ocsps: streams('OCSPs').map(parseOcsp).filter(notNull),
  };
}

/** Whether the revision of the file that ends at `end` (a document time-stamp's) already has a DSS: the stamp then covers it. */
export function dssInRevisionEndingAt(pdf: PdfObjects, end: number): boolean {
  return pdf.all.some((o) => o.start < end && dictValue(o.dict, 'Type') === '/Catalog' && dictValue(o.dict, 'DSS') !== undefined);
}
