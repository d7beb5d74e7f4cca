// PAdES B-LT: the Document Security Store (certificates, CRLs, OCSP responses and a /VRI entry
// for the signature) appended as an incremental update, so the signed bytes stay untouched.
import { PDFArray, PDFContext, PDFDict, PDFDocument, PDFName, PDFRawStream, PDFRef } from 'pdf-lib';
import { sha256 } from '../pki/der';
import { appendIncrementalUpdate, type IndirectObject } from './incremental-writer';
import { serialise } from './pdf-object-bytes';
import { vriKey } from './vri';

export interface ValidationData {
  certificates: Uint8Array[];
  crls: Uint8Array[];
  ocsps: Uint8Array[];
}

/** The existing DSS array under key, as refs, so a second signature's data adds to the first's. */
function existingRefs(dss: PDFDict | undefined, key: string): PDFRef[] {
  const array = dss?.lookupMaybe(PDFName.of(key), PDFArray);
  return array ? array.asArray().filter((o): o is PDFRef => o instanceof PDFRef) : [];
}

const hex = (bytes: Uint8Array) => Buffer.from(sha256(bytes)).toString('hex');

/** Unfiltered DSS streams by the SHA-256 of their bytes: data already stored is referenced again, not copied. */
function storedStreams(context: PDFContext, refs: PDFRef[]): Map<string, PDFRef> {
  const stored = new Map<string, PDFRef>();
  for (const ref of refs) {
    const stream = context.lookup(ref);
    if (stream instanceof PDFRawStream && !stream.dict.has(PDFName.of('Filter'))) stored.set(hex(stream.getContents()), ref);
  }
  return stored;
}

/** Appends /DSS to signedPdf for the signature whose /Contents bytes are given. */
export async function appendDss(signedPdf: Uint8Array, signatureContents: Uint8Array, data: ValidationData): Promise<Uint8Array> {
  const doc = await PDFDocument.load(signedPdf, { updateMetadata: false });
  const context = doc.context;
  const rootRef = context.trailerInfo.Root;
  if (!(rootRef instanceof PDFRef)) throw new Error('the trailer has no indirect /Root');
  const created: PDFRef[] = [];
  const oldDss = doc.catalog.lookupMaybe(PDFName.of('DSS'), PDFDict);
  const stored = storedStreams(context, ['Certs', 'CRLs', 'OCSPs'].flatMap((key) => existingRefs(oldDss, key)));
  const streams = (items: Uint8Array[]) =>
    [...new Map(items.map((bytes) => [hex(bytes), bytes])).entries()].map(([digest, bytes]) => {
      const known = stored.get(digest);
      if (known) return known;
      // Uncompressed: DER barely deflates, and deflating was a visible share of signing time.
      const ref = context.register(context.stream(bytes));
      created.push(ref);
      return ref;
    });
  const certs = streams(data.certificates);
  const crls = streams(data.crls);
  const ocsps = streams(data.ocsps);
  const added = new Set(created);

  const vri = context.obj({}) as PDFDict;
  const oldVri = oldDss?.lookupMaybe(PDFName.of('VRI'), PDFDict);
  for (const [key, value] of oldVri?.entries() ?? []) vri.set(key, value);
  vri.set(PDFName.of(vriKey(signatureContents)), context.obj({ Cert: certs, CRL: crls, OCSP: ocsps }));
  const dss = context.obj({
    Type: 'DSS',
    Certs: [...existingRefs(oldDss, 'Certs'), ...certs.filter((r) => added.has(r))],
    CRLs: [...existingRefs(oldDss, 'CRLs'), ...crls.filter((r) => added.has(r))],
    OCSPs: [...existingRefs(oldDss, 'OCSPs'), ...ocsps.filter((r) => added.has(r))],
    VRI: vri,
  });
  const dssRef = context.register(dss);
  created.push(dssRef);
  doc.catalog.set(PDFName.of('DSS'), dssRef);

  const objects: IndirectObject[] = [
    { number: rootRef.objectNumber, generation: rootRef.generationNumber, body: serialise(doc.catalog) },
    ...created.map((ref) => ({ number: ref.objectNumber, generation: ref.generationNumber, body: serialise(context.lookup(ref)!) })),
  ];
  const entries: Record<string, string> = { Root: rootRef.toString() };
  if (context.trailerInfo.Info) entries.Info = context.trailerInfo.Info.toString();
  if (context.trailerInfo.ID) entries.ID = context.trailerInfo.ID.toString();
  return appendIncrementalUpdate(signedPdf, objects, { size: context.largestObjectNumber + 1, entries });
}
