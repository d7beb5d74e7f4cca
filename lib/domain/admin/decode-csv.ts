// Uploaded CSV bytes to rows of cells. Refuses what is not UTF-8 (a file saved as ANSI/Windows-1252
// or UTF-16 would silently garble names), strips a UTF-8 BOM, and accepts the comma or, as an
// Indonesian-locale Excel writes it, the semicolon.
import { parse } from 'csv-parse/sync';

export const MAX_CSV_BYTES = 10 * 1024 * 1024;

export type DecodedCsv = { ok: true; rows: string[][] } | { ok: false; message: string };

export function decodeCsv(bytes: Uint8Array): DecodedCsv {
  if (bytes.byteLength > MAX_CSV_BYTES) return { ok: false, message: 'Berkas lebih dari 10 MB.' };
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'Berkas tersimpan sebagai UTF-16. Simpan ulang sebagai "CSV UTF-8".' };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
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
