// The bytes of a report file from its tables: the work that runs in the report pool's worker
// (./render-pool.ts), never on a request's event loop.
import { tabelPanjang } from '@/lib/domain/laporan/ekspor-laporan';
import { toCsv, type Tabel } from '@/lib/domain/laporan/tabel';
import { renderLaporanPdf } from './render-laporan-pdf';
import { tulisXlsx } from './tulis-xlsx';

export type FormatEkspor = 'xlsx' | 'csv' | 'pdf';

export interface IsiBerkas {
  format: FormatEkspor;
  tabel: Tabel[];
  judul: string;
  subjudul: string[];
}

export async function tulisBerkas({ format, tabel, judul, subjudul }: IsiBerkas): Promise<Uint8Array> {
  if (format === 'xlsx') return tulisXlsx(tabel, judul);
  if (format === 'csv') return new TextEncoder().encode(toCsv(tabel.length === 1 ? tabel[0]! : tabelPanjang(tabel, judul)));
  return renderLaporanPdf({ judul, subjudul, tabel });
}
