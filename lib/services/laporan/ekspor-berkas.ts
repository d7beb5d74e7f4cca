// One downloadable file of a report or of kinerja evidence, in the format asked for, made in the
// report pool (./render-pool.ts) off the request's event loop.
import { ServerSibukError, DomainError } from '@/lib/domain/errors';
import type { Tabel } from '@/lib/domain/laporan/tabel';
import { UntrustedTaskError } from '@/lib/untrusted/worker-pool';
import { runLaporanTask } from './render-pool';
import type { FormatEkspor } from './tulis-berkas';

export type { FormatEkspor } from './tulis-berkas';

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
  try {
    const bytes = await runLaporanTask('tulisBerkas', { format, tabel: [...tables], judul: meta.judul, subjudul: meta.subjudul });
    return { bytes, namaFile: `${meta.namaDasar}.${format}`, mime: MIME_EKSPOR[format] };
  } catch (error) {
    if (!(error instanceof UntrustedTaskError)) throw error;
    // Every worker busy: load, not a fault of the request (503). Too large or broken: said why.
    if (error.failure === 'BUSY') throw new ServerSibukError(error.message);
    throw new DomainError(error.message);
  }
}
