// Uploaded CSV bytes to rows of cells. Refuses what is not UTF-8 (a file saved as ANSI/Windows-1252
// or UTF-16 would silently garble names), strips a UTF-8 BOM, and accepts the comma or, as an
// Indonesian-locale Excel writes it, the semicolon. A spreadsheet or other binary file is named as
// such: an .xlsx chosen by mistake was reported as "bukan UTF-8 (mungkin ANSI)", which sent the
// admin looking for an encoding setting.
import { parse } from 'csv-parse/sync';
import { sniffJenisIsi } from '@/lib/domain/berkas/sniff';

export const MAX_CSV_BYTES = 10 * 1024 * 1024;

export type DecodedCsv = { ok: true; rows: string[][] } | { ok: false; message: string };

const SIMPAN_SEBAGAI_CSV = 'simpan sebagai CSV (UTF-8) lalu unggah lagi.';

const startsWith = (bytes: Uint8Array, signature: readonly number[]) => bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);

/** Why these bytes are plainly not a CSV text (a spreadsheet, a PDF, an image, other binary), or null. */
function bukanTeksCsv(bytes: Uint8Array): string | null {
  // .xlsx (and .ods) are ZIP archives: a local file header, or an empty archive's end record.
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return `Berkas ini tampaknya Excel (.xlsx); ${SIMPAN_SEBAGAI_CSV}`;
  // .xls (Excel 97-2003) is an OLE2 compound file.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return `Berkas ini tampaknya Excel lama (.xls); ${SIMPAN_SEBAGAI_CSV}`;
  const jenis = sniffJenisIsi(bytes);
  if (jenis) return `Berkas ini ${jenis === 'pdf' ? 'PDF' : 'gambar'}, bukan CSV; pilih berkas .csv (UTF-8).`;
  return null;
}

/** Control bytes other than tab, line feed, form feed and carriage return: no CSV text holds them. */
const adaByteBiner = (bytes: Uint8Array) => bytes.subarray(0, 8192).some((b) => (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0c && b !== 0x0d) || b === 0x7f);

export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes.byteLength > MAX_CSV_BYTES) return { ok: false, message: 'Berkas lebih dari 10 MB.' };
  const bukanCsv = bukanTeksCsv(bytes);
  if (bukanCsv) return { ok: false, message: bukanCsv };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'Berkas tersimpan sebagai UTF-16. Simpan ulang sebagai "CSV UTF-8".' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    if (adaByteBiner(bytes)) return { ok: false, message: `Berkas ini bukan teks CSV (isinya biner); ${SIMPAN_SEBAGAI_CSV}` };
    return { ok: false, message: 'Berkas bukan UTF-8 (mungkin ANSI/Windows-1252). Simpan ulang sebagai "CSV UTF-8".' };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.includes('\u0000')) return { ok: false, message: 'Berkas berisi karakter NUL; bukan berkas CSV teks.' };
  const firstLine = text.slice(0, text.search(/\r?\n|$/));
  const delimiter = firstLine.includes(';') && !firstLine.includes(',') ? ';' : ',';
  try {
    const rows = parse(text, { delimiter, relax_column_count: true, skip_empty_lines: false, bom: false }) as string[][];
    return { ok: true, rows };
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    return { ok: false, message: `Format CSV rusak${line ? ` sekitar baris ${line}` : ''} (periksa tanda kutip).` };
  }
}
