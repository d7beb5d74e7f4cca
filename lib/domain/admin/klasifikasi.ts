// Kode klasifikasi arsip are dotted paths (000 > 000.1 > 000.1.2); the parent is the code minus its
// last segment. Pure checks for the CSV import (header kode,nama).
import { isFormulaLike } from './csv-cells';
import { MAX_IMPORT_ROWS } from './import-csv';

export const KLASIFIKASI_PATTERN = /^\d{3}(\.\d{1,3})*$/;

export function parentKode(kode: string): string | null {
  const i = kode.lastIndexOf('.');
  return i < 0 ? null : kode.slice(0, i);
}

/** A kode is offered only under an active induk: a sub-code is not added or brought back under a retired one. */
export function pesanIndukNonaktif(induk: string): string {
  return `Kode induk ${induk} nonaktif; aktifkan induknya dulu.`;
}

export interface KlasifikasiRow { kode: string; nama: string }

/** Rows of the file (header first) to what to write, or every error with its line and column. */
export function planKlasifikasi(rows: readonly string[][], existingKode: ReadonlySet<string>): { errors: string[]; rows: KlasifikasiRow[] } {
  const header = rows[0]?.map((h) => h.trim().toLowerCase());
  if (!header || header.length !== 2 || header[0] !== 'kode' || header[1] !== 'nama') {
    return { errors: ['Baris 1: judul kolom harus persis: kode,nama.'], rows: [] };
  }
  const body = rows.slice(1).map((cells, i) => ({ cells, line: i + 2 })).filter(({ cells }) => cells.some((c) => c.trim()));
  if (body.length > MAX_IMPORT_ROWS) return { errors: [`Berisi ${body.length.toLocaleString('id-ID')} baris; paling banyak ${MAX_IMPORT_ROWS.toLocaleString('id-ID')}.`], rows: [] };
  const errors: string[] = [];
  const out: KlasifikasiRow[] = [];
  const seen = new Map<string, number>();
  for (const { cells, line } of body) {
    if (cells.length !== 2) { errors.push(`Baris ${line}: jumlah kolom ${cells.length}, seharusnya 2.`); continue; }
    const [kode, nama] = cells.map((c) => c.trim()) as [string, string];
    cells.forEach((c, i) => { if (isFormulaLike(c)) errors.push(`Baris ${line}, kolom ${i ? 'nama' : 'kode'}: sel diawali =, +, -, @, tab atau CR (rumus) tidak diterima.`); });
    if (!KLASIFIKASI_PATTERN.test(kode)) errors.push(`Baris ${line}, kolom kode: "${kode.slice(0, 30)}" bukan kode klasifikasi (contoh 000.1.2).`);
    else if (seen.has(kode)) errors.push(`Baris ${line}, kolom kode: ${kode} sudah ada di baris ${seen.get(kode)}.`);
    if (nama.length < 2 || nama.length > 300) errors.push(`Baris ${line}, kolom nama: wajib diisi, paling panjang 300 karakter.`);
    seen.set(kode, line);
    out.push({ kode, nama });
  }
  for (const { kode } of out) {
    const parent = parentKode(kode);
    if (parent && !seen.has(parent) && !existingKode.has(parent)) errors.push(`Baris ${seen.get(kode)}, kolom kode: induk ${parent} tidak ada.`);
  }
  return { errors, rows: errors.length ? [] : out };
}
