// PAdES B-LTA: a document time-stamp (ISO 32000-2 12.8.5: /Type /DocTimeStamp, SubFilter
// ETSI.RFC3161) in a new, invisible signature field, appended as an incremental update after the
// DSS. The RFC 3161 token itself is the /Contents; its imprint is the SHA-256 of the ByteRange.
import { Signer, SignPdf } from '@signpdf/signpdf';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFNumber, PDFRef } from 'pdf-lib';
import { sha256 } from '../pki/der';
import { appendIncrementalUpdate, type IndirectObject } from './incremental-writer';
import { serialise } from './pdf-object-bytes';

/** Room for a token with its TSA chain (three certificates; RSA chains from a remote TSA are larger). */
export const DEFAULT_TIMESTAMP_BYTES = 12 * 1024;
const BYTE_RANGE_PLACEHOLDER = '**********';
/** Print (4) + Locked (128), as the signature's own widget. */
const WIDGET_FLAGS = 132;
/** SignaturesExist (1) + AppendOnly (2). */
const SIG_FLAGS = 3;

export type TimeStamper = (imprint: Uint8Array) => Promise<Uint8Array>;

class DocTimeStampSigner extends Signer {
  constructor(private readonly timestamp: TimeStamper) {
    super();
  }
  async sign(coveredBytes: Buffer): Promise<Buffer> {
    return Buffer.from(await this.timestamp(sha256(coveredBytes)));
  }
}

/** Appends a document time-stamp covering the whole of pdf (which must end the way a PDF ends). */
export async function appendDocumentTimeStamp(pdf: Uint8Array, timestamp: TimeStamper, tokenBytes = DEFAULT_TIMESTAMP_BYTES): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const context = doc.context;
  const rootRef = context.trailerInfo.Root;
  if (!(rootRef instanceof PDFRef)) throw new Error('the trailer has no indirect /Root');
  const created: PDFRef[] = [];
  const changed = new Set<PDFRef>();
  const register = (object: PDFDict) => {
    const ref = context.register(object);
    created.push(ref);
    return ref;
  };

  const signatureRef = register(
    context.obj({
      Type: 'DocTimeStamp',
      Filter: 'Adobe.PPKLite',
      SubFilter: 'ETSI.RFC3161',
      ByteRange: [0, PDFName.of(BYTE_RANGE_PLACEHOLDER), PDFName.of(BYTE_RANGE_PLACEHOLDER), PDFName.of(BYTE_RANGE_PLACEHOLDER)],
      Contents: PDFHexString.of('0'.repeat(tokenBytes * 2)),
    }),
  );
  const page = doc.getPage(0);
  const widgetRef = register(
    context.obj({
      Type: 'Annot',
      Subtype: 'Widget',
      FT: 'Sig',
      Rect: [0, 0, 0, 0],
      V: signatureRef,
      T: PDFHexString.fromText(`Stempel waktu dokumen ${new Date().toISOString()}`),
      F: WIDGET_FLAGS,
      P: page.ref,
    }),
  );

  // The widget goes on the first page's /Annots and the field into the AcroForm; whichever
  // indirect object holds each array or dictionary is written again, and nothing else.
  appendTo(page.node, 'Annots', widgetRef, page.ref);
  let acroFormOwner = rootRef;
  let acroForm = doc.catalog.get(PDFName.of('AcroForm'));
  if (acroForm instanceof PDFRef) {
    acroFormOwner = acroForm;
    acroForm = context.lookup(acroForm, PDFDict);
  } else if (!(acroForm instanceof PDFDict)) {
    const fresh = context.obj({});
    acroFormOwner = register(fresh);
    acroForm = fresh;
    doc.catalog.set(PDFName.of('AcroForm'), acroFormOwner);
    changed.add(rootRef);
  }
  const form = acroForm as PDFDict;
  appendTo(form, 'Fields', widgetRef, acroFormOwner);
  form.set(PDFName.of('SigFlags'), PDFNumber.of(SIG_FLAGS));
  changed.add(acroFormOwner);

  function appendTo(dict: PDFDict, key: string, ref: PDFRef, owner: PDFRef) {
    const value = dict.get(PDFName.of(key));
    if (value instanceof PDFRef) {
      context.lookup(value, PDFArray).push(ref);
      changed.add(value);
    } else if (value instanceof PDFArray) {
      value.push(ref);
      changed.add(owner);
    } else {
      dict.set(PDFName.of(key), context.obj([ref]));
      changed.add(owner);
    }
  }

  const objects: IndirectObject[] = [...new Set([...changed, ...created])].map((ref) => ({
    number: ref.objectNumber,
    generation: ref.generationNumber,
    body: serialise(context.lookup(ref)!),
  }));
  const entries: Record<string, string> = { Root: rootRef.toString() };
  if (context.trailerInfo.Info) entries.Info = context.trailerInfo.Info.toString();
  if (context.trailerInfo.ID) entries.ID = context.trailerInfo.ID.toString();
  const prepared = appendIncrementalUpdate(pdf, objects, { size: context.largestObjectNumber + 1, entries });
  return new Uint8Array(await new SignPdf().sign(Buffer.from(prepared), new DocTimeStampSigner(timestamp)));
}
