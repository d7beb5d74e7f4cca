// Public API of the naskah PDF renderer.
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
