// The tasks of the naskah pool (./naskah-pool.ts), by name; built into the worker's bundle.
import { prepareKonten } from '@/lib/domain/naskah/prepare-konten';
import type { JenisNaskahDidukung } from '@/lib/domain/naskah/konten';
import { renderNaskahPdf } from '@/lib/pdf/naskah/render';
import { sampleNaskahInput } from '@/lib/pdf/naskah/samples';
import { NaskahPdfError, type NaskahPdfInput, type NaskahPdfResult } from '@/lib/pdf/naskah/types';

/** The renderer's own refusal (too long, incomplete) crosses back as a message: errors cross the thread as plain Errors. */
export type RenderNaskahReply = ({ ok: true } & NaskahPdfResult) | { ok: false; message: string };

async function renderNaskah(input: NaskahPdfInput): Promise<RenderNaskahReply> {
  try {
    return { ok: true, ...(await renderNaskahPdf(input)) };
  } catch (error) {
    if (error instanceof NaskahPdfError) return { ok: false, message: error.message };
    throw error;
  }
}

export const tasks = {
  renderNaskah,
  prepareKonten: ({ jenis, raw }: { jenis: JenisNaskahDidukung; raw: unknown }) => prepareKonten(jenis, raw),
} as const;

/** One sample rendered before the first task: the fonts are read and the code warmed outside any person's wait. */
export async function prepareWorker(): Promise<void> {
  await renderNaskahPdf(sampleNaskahInput('NOTA_DINAS', 'DRAFT')).catch(() => undefined);
}
