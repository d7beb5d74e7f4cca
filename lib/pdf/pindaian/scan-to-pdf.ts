import { PDFDocument } from 'pdf-lib';
import type { JenisIsi } from '@/lib/domain/berkas/sniff';

// A4 in points; a photographed or scanned page is fitted onto it, keeping its aspect ratio.
const A4 = { width: 595.28, height: 841.89 };
const MARGIN = 18;

/**
 * The scan as a PDF: a PDF is checked by parsing it (a broken or encrypted file is refused), an
 * image becomes a one-page A4 PDF (landscape when the image is wider than tall).
 */
export async function scanToPdf(bytes: Uint8Array, jenis: JenisIsi): Promise<Uint8Array> {
  if (jenis === 'pdf') {
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    if (doc.getPageCount() === 0) throw new Error('PDF has no pages');
    return bytes;
  }
  const doc = await PDFDocument.create();
  const image = jenis === 'png' ? await doc.embedPng(bytes) : await doc.embedJpg(bytes);
  const landscape = image.width > image.height;
  const page = doc.addPage(landscape ? [A4.height, A4.width] : [A4.width, A4.height]);
  const box = { width: page.getWidth() - 2 * MARGIN, height: page.getHeight() - 2 * MARGIN };
  const scale = Math.min(box.width / image.width, box.height / image.height);
  const size = { width: image.width * scale, height: image.height * scale };
  page.drawImage(image, { x: (page.getWidth() - size.width) / 2, y: (page.getHeight() - size.height) / 2, ...size });
  return doc.save();
}
