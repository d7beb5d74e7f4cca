// Tables to an XLSX workbook (exceljs): one sheet per table, a bold header row, numbers as numbers
// and NIPs as text (18 digits do not survive as a spreadsheet number).
import ExcelJS from 'exceljs';
import type { Tabel } from '@/lib/domain/laporan/tabel';

/** Sheet names: at most 31 characters, none of []:*?/\ , unique in the workbook. */
function sheetName(judul: string, used: Set<string>): string {
  const base = judul.replace(/[[\]:*?/\\]/g, ' ').trim() || 'Lembar';
  let name = base.slice(0, 31);
  for (let i = 2; used.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - ` ${i}`.length)} ${i}`;
  used.add(name.toLowerCase());
  return name;
}

export async function tulisXlsx(tables: readonly Tabel[], judulBuku: string): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'e-Office';
  workbook.title = judulBuku;
  const used = new Set<string>();
  for (const t of tables) {
    const sheet = workbook.addWorksheet(sheetName(t.judul, used));
    sheet.addRow(t.kolom).font = { bold: true };
    for (const row of t.baris) sheet.addRow(row.map((v) => v ?? ''));
    sheet.columns.forEach((col, i) => {
      const longest = Math.max(t.kolom[i]?.length ?? 0, ...t.baris.map((r) => String(r[i] ?? '').length));
      col.width = Math.min(60, Math.max(10, longest + 2));
    });
    sheet.views = [{ state: 'frozen', ySplit: 1 }];
  }
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
