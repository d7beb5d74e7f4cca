// The pemda's JRA as CSV: one row per kode klasifikasi with its retention. Pure checks for the
// import (header kode,retensi_aktif,retensi_inaktif,keterangan); the codes must already exist.
import { isFormulaLike } from '@/lib/domain/admin/csv-cells';
import { MAX_IMPORT_ROWS } from '@/lib/domain/admin/import-csv';
import { KLASIFIKASI_PATTERN } from '@/lib/domain/admin/klasifikasi';
import type { KeteranganRetensi } from './retensi';

export const JRA_HEADER = ['kode', 'retensi_aktif', 'retensi_inaktif', 'keterangan'] as const;
export const MAX_RETENSI_TAHUN = 100;

export interface JraRow {
  kode: string;
  retensiAktif: number;
  retensiInaktif: number;
  keterangan: KeteranganRetensi;
}

const KETERANGAN_TEKS: Record<string, KeteranganRetensi> = {
  musnah: 'MUSNAH',
  permanen: 'PERMANEN',
  'dinilai kembali': 'DINILAI_KEMBALI',
  dinilai_kembali: 'DINILAI_KEMBALI',
  'dinilai ulang': 'DINILAI_KEMBALI',
};

/** "Musnah", "PERMANEN", "Dinilai Kembali" -> the enum; anything else is null. */
export function parseKeterangan(text: string): KeteranganRetensi | null {
  return KETERANGAN_TEKS[text.trim().toLowerCase().replace(/\s+/g, ' ')] ?? null;
}

/** Whole years 0..100, written as digits ("2", not "2 tahun"). */
export function parseTahun(text: string): number | null {
  const t = text.trim();
  if (!/^\d{1,3}$/.test(t)) return null;
  const n = Number(t);
  return n <= MAX_RETENSI_TAHUN ? n : null;
}

/** Rows of the file (header first) to the entries to write, or every error with its line and column. */
export function planJra(rows: readonly string[][], knownKode: ReadonlySet<string>): { errors: string[]; rows: JraRow[] } {
  const header = rows[0]?.map((h) => h.trim().toLowerCase());
  if (!header || header.length !== JRA_HEADER.length || JRA_HEADER.some((h, i) => header[i] !== h)) {
    return { errors: [`Baris 1: judul kolom harus persis: ${JRA_HEADER.join(',')}.`], rows: [] };
  }
  const body = rows.slice(1).map((cells, i) => ({ cells, line: i + 2 })).filter(({ cells }) => cells.some((c) => c.trim()));
  if (body.length > MAX_IMPORT_ROWS) return { errors: [`Berisi ${body.length.toLocaleString('id-ID')} baris; paling banyak ${MAX_IMPORT_ROWS.toLocaleString('id-ID')}.`], rows: [] };
  const errors: string[] = [];
  const out: JraRow[] = [];
  const seen = new Map<string, number>();
  for (const { cells, line } of body) {
    if (cells.length !== JRA_HEADER.length) {
      errors.push(`Baris ${line}: jumlah kolom ${cells.length}, seharusnya ${JRA_HEADER.length}.`);
      continue;
    }
    cells.forEach((c, i) => {
      if (isFormulaLike(c)) errors.push(`Baris ${line}, kolom ${JRA_HEADER[i]}: sel diawali =, +, -, @, tab atau CR (rumus) tidak diterima.`);
    });
    const [kode, aktifText, inaktifText, keteranganText] = cells.map((c) => c.trim()) as [string, string, string, string];
    if (!KLASIFIKASI_PATTERN.test(kode)) errors.push(`Baris ${line}, kolom kode: "${kode.slice(0, 30)}" bukan kode klasifikasi (contoh 000.1.2).`);
    else if (seen.has(kode)) errors.push(`Baris ${line}, kolom kode: ${kode} sudah ada di baris ${seen.get(kode)}.`);
    else if (!knownKode.has(kode)) errors.push(`Baris ${line}, kolom kode: ${kode} belum ada di daftar klasifikasi; impor kodenya dulu.`);
    const retensiAktif = parseTahun(aktifText);
    const retensiInaktif = parseTahun(inaktifText);
    const keterangan = parseKeterangan(keteranganText);
    if (retensiAktif === null) errors.push(`Baris ${line}, kolom retensi_aktif: "${aktifText.slice(0, 20)}" bukan jumlah tahun (0 sampai ${MAX_RETENSI_TAHUN}).`);
    if (retensiInaktif === null) errors.push(`Baris ${line}, kolom retensi_inaktif: "${inaktifText.slice(0, 20)}" bukan jumlah tahun (0 sampai ${MAX_RETENSI_TAHUN}).`);
    if (!keterangan) errors.push(`Baris ${line}, kolom keterangan: "${keteranganText.slice(0, 30)}" harus Musnah, Permanen, atau Dinilai Kembali.`);
    seen.set(kode, line);
    if (retensiAktif !== null && retensiInaktif !== null && keterangan) out.push({ kode, retensiAktif, retensiInaktif, keterangan });
  }
  return { errors, rows: errors.length ? [] : out };
}

/** The template offered for download: the header and two example rows (UTF-8 with BOM for Excel). */
export function jraTemplate(): string {
  return `\uFEFF${JRA_HEADER.join(',')}\r\n000.1.2.3,1,2,Musnah\r\n100.3.3,2,8,Permanen\r\n`;
}
