// A PDFDocument set up for speed, and images embedded once per process. pdf-lib compresses font
// subsets and images with pako (pure JS); Node's zlib gives the same FlateDecode output several
// times faster. A logo arrives as new bytes on every request, so decoded images are kept by
// content hash.
import { createHash } from 'node:crypto';
import { deflateSync } from 'node:zlib';
import { JpegEmbedder, PDFDocument, PDFImage, PngEmbedder } from 'pdf-lib';

export async function createPdfDocument(): Promise<PDFDocument> {
  const doc = await PDFDocument.create();
  const context = doc.context;
  context.flateStream = (contents, dict = {}) =>
    context.stream(deflateSync(typeof contents === 'string' ? Buffer.from(contents, 'latin1') : contents), { ...dict, Filter: 'FlateDecode' });
  return doc;
}

export type ImageKind = 'png' | 'jpg';

export function imageKind(bytes: Uint8Array): ImageKind | null {
  if (bytes.length > 8 && bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpg';
  return null;
}

type Embedder = PngEmbedder | JpegEmbedder;
const EMBEDDER_CACHE_MAX = 32;
const embedders = new Map<string, Promise<Embedder>>();

/** Embeds a PNG or JPEG, decoding each distinct image once. Throws on other or broken data. */
export async function embedImage(doc: PDFDocument, bytes: Uint8Array): Promise<PDFImage> {
  const kind = imageKind(bytes);
  if (!kind) throw new Error('not a PNG or JPEG image');
  const key = createHash('sha256').update(bytes).digest('hex');
  let embedder = embedders.get(key);
  if (!embedder) {
    if (embedders.size >= EMBEDDER_CACHE_MAX) embedders.delete(embedders.keys().next().value!);
    embedder = kind === 'png' ? PngEmbedder.for(bytes) : JpegEmbedder.for(bytes);
    embedder.catch(() => embedders.delete(key));
    embedders.set(key, embedder);
  }
  const image = PDFImage.of(doc.context.nextRef(), doc, await embedder);
  await image.embed();
  return image;
}
