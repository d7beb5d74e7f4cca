// Public API of the naskah PDF renderer.
//
//   const record = await prisma.naskah.findFirstOrThrow({ where: { id, ...scope }, select: NASKAH_PDF_SELECT });
//   const input = toNaskahPdfInput(record, { mode: 'DRAFT', signer, pemaraf, logo });
//   const { pdf, signatureBox, pageCount } = await renderNaskahPdf(input);
//
// DRAFT prints placeholders for nomor/tanggal and a KONSEP watermark; FINAL needs nomor, tanggal
// and verifikasiUrl (or qrPng), draws the QR code in signatureBox and the BSrE footer on every
// page. Refused input throws NaskahPdfError (message in Bahasa Indonesia).
export { renderNaskahPdf, PLACEHOLDER_NOMOR, PLACEHOLDER_TANGGAL, FOOTER_BSRE, MAX_HALAMAN } from './render';
export { NASKAH_PDF_SELECT, toNaskahPdfInput, type NaskahPdfRecord, type ToNaskahPdfOptions } from './from-record';
export {
  NaskahPdfError,
  type KopSurat,
  type ModeNaskahPdf,
  type NaskahPdfInput,
  type NaskahPdfResult,
  type ParafPdf,
  type PenandatanganPdf,
  type PenerimaPdf,
  type SignatureBox,
  type UkuranKertasPdf,
} from './types';
