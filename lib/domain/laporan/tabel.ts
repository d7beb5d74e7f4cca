// A report table as exported (CSV, XLSX, PDF): one shape, so every format has the same columns.

export type Sel = string | number | null;

export interface Tabel {
  /** Sheet name and PDF heading, e.g. "Disposisi per unit". */
  judul: string;
  kolom: string[];
  baris: Sel[][];
  /** A count per category: the PDF draws a bar beside each row. */
  grafik?: boolean;
}

// OWASP "CSV Injection": a cell that starts with one of these is run as a formula by spreadsheet
// programs; a leading apostrophe makes it text. Numbers are written as numbers and never prefixed.
const FORMULA_START = /^[=+\-@\t\r]/;

function csvCell(value: Sel): string {
  if (value === null) return '';
  if (typeof value === 'number') return String(value);
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** RFC 4180 with CRLF, preceded by a UTF-8 BOM so spreadsheet programs read names with diacritics. */
export function toCsv(tabel: Tabel): string {
  const lines = [tabel.kolom, ...tabel.baris].map((row) => row.map(csvCell).join(','));
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
