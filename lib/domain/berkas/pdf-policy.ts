// What an inspected PDF means for each kind of upload, and the Indonesian sentences for it.
//
// Policy: a lampiran or a tindak lanjut file is made by the office, so it must be clean: active
// content is refused with a message naming it (re-exporting through "Cetak ke PDF" removes it). An
// incoming scan (pindaian surat masuk) is evidence as received, often signed by the sender, so a
// copy would no longer be the letter: it is stored unchanged and the findings go into the audit
// record. Every stored file is served as a sandboxed download and shown in the app only through
// pdf.js, which runs no document script. A file that is not a sound PDF (polyglot, broken,
// encrypted, beyond the limits) is refused for every kind: it cannot be vouched for.
import type { ActiveContentKind, PdfDefectKind, PdfInspection } from '@/lib/pdf/inspect/types';
import { UPLOAD_WRONG_TYPE_MESSAGE, type JenisIsi } from './sniff';

export type UploadPurpose = 'lampiran' | 'tindak-lanjut' | 'pindaian';

const SUBJEK: Record<UploadPurpose, string> = { lampiran: 'Lampiran', 'tindak-lanjut': 'Berkas tindak lanjut', pindaian: 'Pindaian surat' };

export const JENIS_DITERIMA: Record<UploadPurpose, readonly JenisIsi[]> = {
  lampiran: ['pdf'],
  'tindak-lanjut': ['pdf', 'jpeg', 'png'],
  pindaian: ['pdf', 'jpeg', 'png'],
};

/** Whether the file is kept as received when it carries active content (evidence), or refused. */
const KEEPS_ACTIVE_CONTENT: Record<UploadPurpose, boolean> = { lampiran: false, 'tindak-lanjut': false, pindaian: true };

export const KONTEN_AKTIF_LABEL: Record<ActiveContentKind, string> = {
  javascript: 'JavaScript',
  'open-action': 'tindakan otomatis saat dibuka (OpenAction)',
  'additional-actions': 'tindakan otomatis (AA)',
  launch: 'perintah menjalankan program (Launch)',
  'submit-form': 'pengiriman data formulir (SubmitForm)',
  'import-data': 'impor data (ImportData)',
  'remote-goto': 'tautan ke berkas lain (GoToR/GoToE)',
  'embedded-file': 'berkas tersemat (EmbeddedFiles)',
  'file-attachment': 'anotasi lampiran berkas (FileAttachment)',
  'rich-media': 'media interaktif (RichMedia)',
  xfa: 'formulir XFA',
};

const RUSAK = (s: string) => `${s} berisi PDF rusak atau terpotong: strukturnya tidak dapat dibaca.`;
const RUMIT = (s: string) => `${s} terlalu besar atau terlalu rumit untuk diperiksa dengan aman.`;

const CACAT: Record<PdfDefectKind, (subjek: string) => string> = {
  'not-pdf': (s) => `${s} bukan PDF yang sah: berkas PDF harus diawali penanda %PDF- pada byte pertama.`,
  'polyglot-html': (s) => `${s} ditolak: berkas ini sekaligus memuat halaman web (HTML), bukan PDF murni.`,
  'polyglot-zip': (s) => `${s} ditolak: berkas ini sekaligus memuat arsip ZIP/JAR, bukan PDF murni.`,
  'trailing-data': (s) => `${s} ditolak: ada data tambahan setelah akhir PDF (%%EOF).`,
  truncated: RUSAK,
  'broken-structure': RUSAK,
  'xref-loop': RUSAK,
  'no-catalog': RUSAK,
  encrypted: (s) => `${s} terenkripsi atau terkunci sandi, sehingga isinya tidak dapat diperiksa.`,
  'unsupported-filter': RUMIT,
  'too-large': RUMIT,
  'too-many-objects': RUMIT,
  'stream-too-large': RUMIT,
  'too-deep': RUMIT,
  timeout: RUMIT,
};

const ULANG: Record<UploadPurpose, string> = {
  lampiran: 'Simpan ulang sebagai PDF biasa (misalnya dengan "Cetak ke PDF"), lalu unggah kembali.',
  'tindak-lanjut': 'Simpan ulang sebagai PDF biasa (misalnya dengan "Cetak ke PDF"), lalu unggah kembali.',
  pindaian: 'Pindai ulang surat atau simpan ulang sebagai PDF biasa, lalu unggah kembali.',
};

/** A chosen file with no bytes (a failed download, a scanner that wrote nothing): said as such, not as "no file chosen". */
const KOSONG: Record<UploadPurpose, string> = {
  lampiran: 'Berkas lampiran kosong (0 bita). Pilih berkas PDF lampiran yang berisi.',
  'tindak-lanjut': 'Lampiran tindak lanjut kosong (0 bita). Pilih berkas laporan atau foto yang berisi, atau kosongkan lampiran.',
  pindaian: 'Berkas pindaian kosong (0 bita). Pindai ulang surat atau pilih berkas pindaian yang berisi.',
};

export function emptyFileMessage(purpose: UploadPurpose): string {
  return KOSONG[purpose];
}

export function wrongTypeMessage(purpose: UploadPurpose): string {
  return purpose === 'lampiran' ? 'Lampiran harus berkas PDF.' : UPLOAD_WRONG_TYPE_MESSAGE;
}

const daftar = (items: string[]) => (items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} dan ${items.at(-1)}`);

export type PdfVerdict = { accepted: true; kontenAktif: ActiveContentKind[] } | { accepted: false; message: string };

export function judgePdf(purpose: UploadPurpose, inspection: PdfInspection): PdfVerdict {
  const subjek = SUBJEK[purpose];
  if (!inspection.sound) return { accepted: false, message: `${CACAT[inspection.defect](subjek)} ${ULANG[purpose]}` };
  // In the label table's order, so the message reads the same whatever order the objects came in.
  const found = new Set(inspection.activeContent.map((c) => c.kind));
  const kontenAktif = (Object.keys(KONTEN_AKTIF_LABEL) as ActiveContentKind[]).filter((k) => found.has(k));
  if (kontenAktif.length === 0 || KEEPS_ACTIVE_CONTENT[purpose]) return { accepted: true, kontenAktif };
  return {
    accepted: false,
    message: `${subjek} memuat ${daftar(kontenAktif.map((k) => KONTEN_AKTIF_LABEL[k]))}. Konten aktif seperti ini tidak diterima karena dapat berjalan sendiri saat berkas dibuka. ${ULANG[purpose]}`,
  };
}
