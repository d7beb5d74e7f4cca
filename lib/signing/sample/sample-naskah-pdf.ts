// A plain two-page naskah for signing demos, tests and the benchmark (the real naskah renderer
// lives in lib/pdf); page 2 leaves room for the signature block where the QR box goes.
import { PDFDocument, StandardFonts } from 'pdf-lib';
import QRCode from 'qrcode';
import type { SignatureAppearance } from '../types';

const A4: [number, number] = [595.28, 841.89];

/** Where the sample puts its signature box: page 2, right column, above the name. */
export const SAMPLE_SIGNATURE_BOX: Omit<SignatureAppearance, 'imagePng'> = { page: 2, x: 360, y: 555, width: 90, height: 90 };

export async function createSampleNaskahPdf(options: { nomor?: string; penandatangan?: string } = {}): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  const nomor = options.nomor ?? '000.1.2.3/0157/DISKOMINFO/2026';
  doc.setTitle('Contoh Naskah Dinas');
  doc.setSubject(nomor);
  const font = await doc.embedFont(StandardFonts.TimesRoman);
  const bold = await doc.embedFont(StandardFonts.TimesRomanBold);
  const paragraph = 'Dalam rangka pelaksanaan tata naskah dinas elektronik, bersama ini kami sampaikan bahwa seluruh naskah dinas keluar ditandatangani secara elektronik dengan sertifikat elektronik. ';

  const first = doc.addPage(A4);
  first.drawText('PEMERINTAH PROVINSI NUSA INDAH', { x: 150, y: 790, size: 14, font: bold });
  first.drawText('DINAS KOMUNIKASI DAN INFORMATIKA', { x: 160, y: 770, size: 13, font: bold });
  first.drawLine({ start: { x: 60, y: 755 }, end: { x: 535, y: 755 }, thickness: 1.5 });
  first.drawText(`Nomor   : ${nomor}`, { x: 60, y: 720, size: 11, font });
  first.drawText('Hal        : Contoh naskah untuk penandatanganan elektronik', { x: 60, y: 704, size: 11, font });
  let y = 660;
  for (let i = 0; i < 28; i++, y -= 20) first.drawText(paragraph.slice(0, 90), { x: 60, y, size: 11, font });

  const second = doc.addPage(A4);
  for (let i = 0, y2 = 790; i < 6; i++, y2 -= 20) second.drawText(paragraph.slice(0, 90), { x: 60, y: y2, size: 11, font });
  second.drawText('KEPALA DINAS KOMUNIKASI DAN INFORMATIKA,', { x: 285, y: 660, size: 11, font: bold });
  const box = SAMPLE_SIGNATURE_BOX;
  second.drawText(options.penandatangan ?? 'Nama Penandatangan', { x: 285, y: box.y - 18, size: 11, font: bold });
  second.drawText('Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik.', { x: 60, y: 60, size: 8, font });
  return doc.save({ useObjectStreams: false });
}

/**
 * A QR code PNG for a link (the verification page in the real flow). Four pixels per module: the
 * PDF scales it without smoothing, and a small image keeps pdf-lib's deflate out of signing time.
 */
export async function qrPng(text: string): Promise<Uint8Array> {
  return new Uint8Array(await QRCode.toBuffer(text, { type: 'png', margin: 1, scale: 4, errorCorrectionLevel: 'M' }));
}
