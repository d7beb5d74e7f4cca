// renderNaskahPdf: a naskah dinas as PDF (pdf-lib, embedded Liberation fonts). DRAFT for previews
// during drafting and review; FINAL for the signing step, which places the visible signature in
// the returned signatureBox. Saved without object streams: the signer's placeholder needs a
// classic xref table.
import { PDFDocument, degrees, rgb, type PDFImage, type PDFPage } from 'pdf-lib';
import QRCode from 'qrcode';
import { KONTEN_SCHEMA, type JenisNaskahDidukung, type KontenNaskah } from '@/lib/domain/naskah/konten';
import { formatTanggalNaskah } from '@/lib/domain/naskah/tanggal-naskah';
import { embedFontSet } from '../fonts';
import { putText } from '../layout/canvas';
import { drawPages, paginate } from '../layout/flow';
import { Typesetter } from '../layout/typesetter';
import type { NaskahLayout } from './bagian';
import { LAYOUT_JENIS } from './jenis';
import { kopSlice } from './kop';
import { pageGeometry, type PageGeometry } from './page';
import { signatureSlice } from './tanda-tangan-blok';
import { NaskahPdfError, type NaskahPdfInput, type NaskahPdfResult, type SignatureBox } from './types';

export const PLACEHOLDER_NOMOR = '[nomor diisi otomatis saat ditandatangani]';
export const PLACEHOLDER_TANGGAL = '[tanggal diisi otomatis saat ditandatangani]';
export const FOOTER_BSRE =
  'Dokumen ini telah ditandatangani secara elektronik menggunakan sertifikat elektronik yang diterbitkan oleh Balai Besar Sertifikasi Elektronik (BSrE), BSSN';
/** A naskah longer than this is refused (a runaway body, not a letter). */
export const MAX_HALAMAN = 60;

const GRAY = rgb(0.45, 0.45, 0.45);

function imageKind(bytes: Uint8Array): 'png' | 'jpg' | null {
  if (bytes[0] === 0x89 && bytes[1] === 0x50 && bytes[2] === 0x4e && bytes[3] === 0x47) return 'png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8) return 'jpg';
  return null;
}

async function embedImage(doc: PDFDocument, bytes: Uint8Array, what: string): Promise<PDFImage> {
  const kind = imageKind(bytes);
  try {
    if (kind === 'png') return await doc.embedPng(bytes);
    if (kind === 'jpg') return await doc.embedJpg(bytes);
  } catch {
    // fall through to the same message as an unknown format
  }
  throw new NaskahPdfError(`${what} tidak dapat dibaca; gunakan berkas PNG atau JPEG.`);
}

function checkInput(input: NaskahPdfInput): KontenNaskah {
  const parsed = KONTEN_SCHEMA[input.jenis as JenisNaskahDidukung]?.safeParse(input.konten);
  if (!parsed) throw new NaskahPdfError('Jenis naskah ini belum dapat dicetak.');
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new NaskahPdfError(`Isi naskah tidak lengkap atau tidak valid: ${issue.path.join('.')}: ${issue.message}`);
  }
  if (input.mode === 'FINAL') {
    if (!input.nomor?.trim()) throw new NaskahPdfError('Naskah final memerlukan nomor.');
    if (!input.tanggal) throw new NaskahPdfError('Naskah final memerlukan tanggal.');
    if (!input.qrPng && !input.verifikasiUrl) throw new NaskahPdfError('Naskah final memerlukan kode QR verifikasi.');
  }
  if ((input.paraf?.length ?? 0) > 3) throw new NaskahPdfError('Paraf paling banyak tiga.');
  return parsed.data as KontenNaskah;
}

function drawWatermark(page: PDFPage, ts: Typesetter, geo: PageGeometry) {
  const text = 'KONSEP';
  const size = 110;
  const w = ts.fonts.bold.widthOfTextAtSize(text, size);
  const a = Math.PI / 4;
  const cx = geo.pageWidth / 2;
  const cy = geo.pageHeight / 2;
  const capH = size * 0.7;
  page.drawText(text, {
    x: cx - (Math.cos(a) * w) / 2 + (Math.sin(a) * capH) / 2,
    y: cy - (Math.sin(a) * w) / 2 - (Math.cos(a) * capH) / 2,
    size,
    font: ts.fonts.bold,
    // Drawn first, under the text, in a light gray: no transparency group needed.
    color: rgb(0.86, 0.86, 0.86),
    rotate: degrees(45),
  });
}

function drawPageNumber(page: PDFPage, ts: Typesetter, geo: PageGeometry, i: number, n: number) {
  const text = `Halaman ${i + 1} dari ${n}`;
  const size = 9;
  putText(page, text, { x: geo.right - ts.width(text, 'regular', size), y: geo.bottom - 16, size, font: ts.fonts.regular, color: GRAY });
}

function drawFooter(page: PDFPage, ts: Typesetter, geo: PageGeometry) {
  const size = 8;
  const lines = ts.wrap([{ text: FOOTER_BSRE, italic: true }], geo.width, 'center', size);
  const ruleY = 18 + lines.length * ts.lineHeight(size) + 3;
  page.drawLine({ start: { x: geo.left, y: ruleY }, end: { x: geo.right, y: ruleY }, thickness: 0.5, color: GRAY });
  let top = ruleY - 2;
  for (const line of lines) {
    ts.drawLine(page, line, geo.left, top, size);
    top -= ts.lineHeight(size);
  }
}

export async function renderNaskahPdf(input: NaskahPdfInput): Promise<NaskahPdfResult> {
  const konten = checkInput(input);
  const final = input.mode === 'FINAL';
  const doc = await PDFDocument.create();
  doc.setTitle(input.perihal);
  doc.setAuthor(input.kop.opd);
  doc.setSubject(input.perihal);
  doc.setCreator('e-Office Tata Naskah Dinas Elektronik');
  doc.setProducer('e-Office (pdf-lib)');
  doc.setLanguage('id-ID');

  const fonts = await embedFontSet(doc, input.huruf ?? 'sans');
  const logo = input.kop.logo?.length ? await embedImage(doc, input.kop.logo, 'Logo OPD') : null;
  let qr: PDFImage | null = null;
  if (final) {
    const png = input.qrPng ?? (await QRCode.toBuffer(input.verifikasiUrl!, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 300 }));
    qr = await embedImage(doc, png, 'Kode QR');
  }

  const ts = new Typesetter(fonts, 12);
  const geo = pageGeometry(input.kop.ukuranKertas, final);
  let signatureBox: SignatureBox | null = null;
  const ctx: NaskahLayout = {
    ts,
    geo,
    input,
    nomor: final ? input.nomor!.trim() : PLACEHOLDER_NOMOR,
    tanggal: final ? formatTanggalNaskah(input.tanggal!, input.zonaWaktu) : PLACEHOLDER_TANGGAL,
    signature: (opts = {}) =>
      signatureSlice(ts, geo, {
        ...opts,
        penandatangan: input.penandatangan,
        paraf: input.paraf ?? [],
        qr,
        zonaWaktu: input.zonaWaktu,
        onBox: (box) => {
          signatureBox = box;
        },
      }),
  };
  const layout = LAYOUT_JENIS[input.jenis] as (c: NaskahLayout, k: KontenNaskah) => ReturnType<typeof kopSlice>[];
  const slices = [kopSlice(ts, geo, input.kop, logo), ...layout(ctx, konten)];
  const pages = paginate(slices, geo.bodyHeight);
  if (pages.length > MAX_HALAMAN) {
    throw new NaskahPdfError(`Naskah terlalu panjang (${pages.length} halaman, paling banyak ${MAX_HALAMAN}). Pindahkan rincian ke lampiran.`);
  }

  const pdfPages = pages.map(() => doc.addPage([geo.pageWidth, geo.pageHeight]));
  if (!final) for (const p of pdfPages) drawWatermark(p, ts, geo);
  drawPages(pages, pdfPages, pages.map(() => geo.top));
  pdfPages.forEach((p, i) => {
    if (pdfPages.length > 1) drawPageNumber(p, ts, geo, i, pdfPages.length);
    if (final) drawFooter(p, ts, geo);
  });
  if (!signatureBox) throw new Error('renderNaskahPdf: the layout drew no signature block');

  const pdf = await doc.save({ useObjectStreams: false });
  return { pdf, signatureBox, pageCount: pdfPages.length };
}

