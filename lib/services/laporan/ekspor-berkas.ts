// One downloadable file of a report or of kinerja evidence, in the format asked for.
import { tabelPanjang } from '@/lib/domain/laporan/ekspor-laporan';
import { toCsv, type Tabel } from '@/lib/domain/laporan/tabel';
import { renderLaporanPdf } from './render-laporan-pdf';
import { tulisXlsx } from './tulis-xlsx';

export type FormatEkspor = 'xlsx' | 'csv' | 'pdf';

export interface BerkasEkspor {
  bytes: Uint8Array;
  namaFile: string;
  mime: string;
}

export const MIME_EKSPOR: Record<FormatEkspor, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  csv: 'text/csv; charset=utf-8',
  pdf: 'application/pdf',
};

export async function eksporTabel(format: FormatEkspor, tables: readonly Tabel[], meta: { judul: string; subjudul: string[]; namaDasar: string }): Promise<BerkasEkspor> {
  const namaFile = `${meta.namaDasar}.${format}`;
  const bytes =
    format === 'xlsx'
      ? await tulisXlsx(tables, meta.judul)
      : format === 'csv'
        ? new TextEncoder().encode(toCsv(tables.length === 1 ? tables[0]! : tabelPanjang(tables, meta.judul)))
        : await renderLaporanPdf({ judul: meta.judul, subjudul: meta.subjudul, tabel: tables });
  return { bytes, namaFile, mime: MIME_EKSPOR[format] };
}
