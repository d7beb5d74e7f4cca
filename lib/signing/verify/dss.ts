// The Document Security Store (PAdES B-LT): certificates, CRLs and OCSP responses a later verifier needs.
import type * as pkijs from 'pkijs';
import { dictValue, refsIn, type PdfObjects } from './pdf-objects';
import { parseCrl, parseOcsp, type RevocationData } from './revocation';
import { certificateFromDer } from './trust';

export interface DssContent extends RevocationData {
  certificates: pkijs.Certificate[];
  /** File offsets of the revisions' catalogs that point to a DSS: a document time-stamp after one covers it. */
  revisionOffsets: number[];
}

export function readDss(pdf: PdfObjects): DssContent | null {
  const catalogs = pdf.all.filter((o) => dictValue(o.dict, 'Type') === '/Catalog' && dictValue(o.dict, 'DSS') !== undefined);
  const catalog = catalogs[catalogs.length - 1];
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
    revisionOffsets: catalogs.map((c) => c.start),
  };
}
