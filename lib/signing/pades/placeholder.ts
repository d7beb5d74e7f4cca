// Adds the signature field, its widget (with the caller's PNG as the visible appearance) and a
// signature dictionary with an empty /Contents and a /ByteRange placeholder that @signpdf fills.
import { PDFDocument, PDFHexString, PDFName, PDFNumber, PDFString } from 'pdf-lib';
import type { SignatureAppearance } from '../types';

/** The placeholder @signpdf/signpdf looks for (DEFAULT_BYTE_RANGE_PLACEHOLDER). */
const BYTE_RANGE_PLACEHOLDER = '**********';
/** Print (4) + Locked (128): shown on paper, not movable. */
const WIDGET_FLAGS = 132;
/** SignaturesExist (1) + AppendOnly (2). */
const SIG_FLAGS = 3;

export interface PlaceholderOptions {
  signedAt: Date;
  /** Bytes reserved for the CMS (the hex /Contents is twice as long). */
  signatureBytes: number;
  appearance?: SignatureAppearance;
  reason?: string;
  location?: string;
  /** The signer's name for the dictionary's /Name. */
  name?: string;
}

export class InvalidAppearanceError extends Error {}

/** A full re-save through pdf-lib (no object streams, so the file keeps a classic xref table). */
export async function addSignaturePlaceholder(pdf: Uint8Array, options: PlaceholderOptions): Promise<Uint8Array> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false });
  const context = doc.context;

  const signature = context.obj({
    Type: 'Sig',
    Filter: 'Adobe.PPKLite',
    SubFilter: 'ETSI.CAdES.detached',
    ByteRange: context.obj([0, PDFName.of(BYTE_RANGE_PLACEHOLDER), PDFName.of(BYTE_RANGE_PLACEHOLDER), PDFName.of(BYTE_RANGE_PLACEHOLDER)]),
    Contents: PDFHexString.of('0'.repeat(options.signatureBytes * 2)),
    M: PDFString.fromDate(options.signedAt),
  });
  if (options.reason) signature.set(PDFName.of('Reason'), PDFHexString.fromText(options.reason));
  if (options.location) signature.set(PDFName.of('Location'), PDFHexString.fromText(options.location));
  if (options.name) signature.set(PDFName.of('Name'), PDFHexString.fromText(options.name));
  const signatureRef = context.register(signature);

  const appearance = options.appearance;
  const pageIndex = appearance ? appearance.page - 1 : 0;
  if (!Number.isInteger(pageIndex) || pageIndex < 0 || pageIndex >= doc.getPageCount()) {
    throw new InvalidAppearanceError(`page ${appearance?.page} is not in a ${doc.getPageCount()}-page document`);
  }
  const page = doc.getPage(pageIndex);
  const rect = appearance ? [appearance.x, appearance.y, appearance.x + appearance.width, appearance.y + appearance.height] : [0, 0, 0, 0];
  const widget = context.obj({
    Type: 'Annot',
    Subtype: 'Widget',
    FT: 'Sig',
    Rect: rect,
    V: signatureRef,
    T: PDFHexString.fromText(`TTE ${options.signedAt.toISOString()}`),
    F: WIDGET_FLAGS,
    P: page.ref,
  });
  if (appearance) widget.set(PDFName.of('AP'), context.obj({ N: await appearanceStream(doc, appearance) }));
  const widgetRef = context.register(widget);
  page.node.addAnnot(widgetRef);

  const acroForm = doc.catalog.getOrCreateAcroForm();
  acroForm.addField(widgetRef);
  acroForm.dict.set(PDFName.of('SigFlags'), PDFNumber.of(SIG_FLAGS));

  return doc.save({ useObjectStreams: false, updateFieldAppearances: false });
}

/** A form XObject the size of the box showing the PNG centred and scaled to fit (a QR stays square). */
async function appearanceStream(doc: PDFDocument, appearance: SignatureAppearance) {
  const { width, height } = appearance;
  if (!(width > 0 && height > 0)) throw new InvalidAppearanceError('the signature box needs a positive width and height');
  let content = '';
  let resources = doc.context.obj({});
  if (appearance.imagePng) {
    const image = await doc.embedPng(appearance.imagePng);
    const scale = Math.min(width / image.width, height / image.height);
    const [w, h] = [image.width * scale, image.height * scale];
    content = `q ${fmt(w)} 0 0 ${fmt(h)} ${fmt((width - w) / 2)} ${fmt((height - h) / 2)} cm /Img Do Q`;
    resources = doc.context.obj({ XObject: { Img: image.ref } });
  }
  const stream = doc.context.stream(content, {
    Type: 'XObject',
    Subtype: 'Form',
    BBox: [0, 0, width, height],
    Resources: resources,
  });
  return doc.context.register(stream);
}

const fmt = (n: number) => Number(n.toFixed(3)).toString();

