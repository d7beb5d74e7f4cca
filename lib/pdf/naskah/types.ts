// What renderNaskahPdf needs: everything printed on a naskah dinas, already resolved to text
// (no database ids). Build it from a Naskah record with toNaskahPdfInput (from-record.ts).
import type { JabatanPenandatangan } from '@/lib/domain/naskah/tanda-tangan';
import type { JenisNaskahDidukung, KontenNaskah } from '@/lib/domain/naskah/konten';
import type { FontFamily } from '../fonts';

/**
 * DRAFT: preview while drafting and reviewing; nomor and tanggal print as placeholders and every
 * page carries a light "KONSEP" watermark. FINAL: the document to be signed; real nomor and
 * tanggal, the QR code in the signature box and the BSrE footer on every page.
 */
export type ModeNaskahPdf = 'DRAFT' | 'FINAL';

export type UkuranKertasPdf = 'A4' | 'F4';

/** The OPD letterhead. */
export interface KopSurat {
  /** "Pemerintah Provinsi Nusa Indah"; printed in capitals. */
  instansi: string;
  /** "Dinas Komunikasi dan Informatika"; printed bold, in capitals. */
  opd: string;
  /** "Jalan Udayana Nomor 9" */
  alamat: string;
  /** "Kota Mandala" */
  kota: string;
  kodePos?: string | null;
  telepon?: string | null;
  email?: string | null;
  website?: string | null;
  /** PNG or JPEG bytes (detected from the content); the kop is drawn without a logo when absent. */
  logo?: Uint8Array | null;
  ukuranKertas: UkuranKertasPdf;
}

/** An addressee or a tembusan: an internal post ("Kepala Bidang IKP") or an external name + address. */
export interface PenerimaPdf {
  nama: string;
  /** External only: printed under "di". Internal posts print "Tempat". */
  alamat?: string | null;
}

/** The signer as printed. The jabatan lines come from barisJabatanPenandatangan(). */
export interface PenandatanganPdf extends JabatanPenandatangan {
  /** Full name with gelar: "Dr. I Made Suarnata, S.Kom., M.T." (namaLengkap()). */
  nama: string;
  /** "Pembina Utama Muda (IV/c)" (pangkatLabel()). */
  pangkat?: string | null;
  /** 18 digits. */
  nip?: string | null;
}

/** One paraf (initial) of the review chain, printed in the paraf column beside the signer. */
export interface ParafPdf {
  /** Short post name: "Sekdis", "Kabid IKP". */
  jabatan: string;
  /** Who gave the paraf; absent while still waiting. */
  nama?: string | null;
  waktu?: Date | null;
}

interface NaskahPdfBase {
  mode: ModeNaskahPdf;
  kop: KopSurat;
  /** Hal / perihal. */
  perihal: string;
  /** The "Sifat" line, e.g. "Biasa", "Rahasia, Segera" (formatSifat()). */
  sifat: string;
  /** The "Lampiran" line, e.g. "-" or "1 (satu) berkas" (formatLampiran()). */
  lampiran: string;
  tujuan: PenerimaPdf[];
  tembusan: PenerimaPdf[];
  /** Where it is signed: "Kota Mandala". */
  tempat: string;
  /** Date of the naskah; required in FINAL (ignored in DRAFT, which prints a placeholder). Date or "yyyy-mm-dd". */
  tanggal?: Date | string | null;
  /** Issued number; required in FINAL (ignored in DRAFT). */
  nomor?: string | null;
  penandatangan: PenandatanganPdf;
  /** "Dari" of a nota dinas / memo; defaults to the signer's post. */
  dari?: string | null;
  /** At most 3, lowest first; shown beside the signer's name on the last page. */
  paraf?: ParafPdf[];
  /** FINAL: the QR code PNG drawn in the signature box, or the verification URL to encode. */
  qrPng?: Uint8Array | null;
  verifikasiUrl?: string | null;
  /** Body font; default "sans" (Arial metrics, as Permendagri 1/2023 prescribes). */
  huruf?: FontFamily;
  /** Time zone for printing Date values; default Asia/Jakarta. */
  zonaWaktu?: string;
}

/** jenis and konten are paired: konten has the shape of KONTEN_SCHEMA[jenis]. */
export type NaskahPdfInput = {
  [J in JenisNaskahDidukung]: NaskahPdfBase & { jenis: J; konten: KontenNaskah<J> };
}[JenisNaskahDidukung];

/** Where the visible signature goes: PDF points from the bottom-left of the page; page is 1-based. */
export interface SignatureBox {
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface NaskahPdfResult {
  pdf: Uint8Array;
  signatureBox: SignatureBox;
  pageCount: number;
}

/** Input the renderer refuses (too long, missing FINAL data); message in Bahasa Indonesia. */
export class NaskahPdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'NaskahPdfError';
  }
}
