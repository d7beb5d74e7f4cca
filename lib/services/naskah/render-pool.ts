import 'server-only';
// A naskah's PDF (the live preview, the document to be signed) is made in a worker thread, not on
// the request's event loop: its text is what a person typed, up to 200,000 characters a part, and
// a 45-page letter takes about a second of CPU, during which every other request of the process
// would wait. Bounded like the other pools: a CPU-time budget, a heap cap, a short queue.
import { NaskahPdfError, type NaskahPdfInput, type NaskahPdfResult } from '@/lib/pdf/naskah/types';
import { definePool, envCount, UntrustedTaskError, type PoolSpec } from '@/lib/untrusted/worker-pool';
import type { tasks } from './render-tasks';

const SARAN = 'Pindahkan rincian ke lampiran.';

export const naskahPdfPoolSpec = (env: Record<string, string | undefined>): PoolSpec => ({
  entry: 'lib/services/naskah/render-tasks.ts',
  size: envCount(env.NASKAH_PDF_WORKERS, 1),
  memoryMb: envCount(env.NASKAH_PDF_WORKER_MEMORY_MB, 512),
  // The longest naskah allowed (MAX_HALAMAN pages) takes about a second on this project's bench machine.
  timeoutMs: envCount(env.NASKAH_PDF_TIMEOUT_MS, 20_000),
  queuePerWorker: envCount(env.NASKAH_PDF_QUEUE_PER_WORKER, 16),
  messages: {
    busy: 'Server sedang menyiapkan banyak naskah. Coba lagi beberapa saat lagi.',
    timeout: (seconds) => `Naskah terlalu panjang untuk dicetak dalam ${seconds} detik. ${SARAN}`,
    memory: `Naskah terlalu besar untuk dicetak. ${SARAN}`,
    crashed: 'Naskah gagal dicetak. Coba lagi.',
  },
});

const runNaskahPdfTask = definePool<typeof tasks>('naskah-pdf', () => naskahPdfPoolSpec(process.env));

/**
 * renderNaskahPdf off the event loop. Refused input throws NaskahPdfError as the renderer would;
 * so does a pool that cannot take it (busy, over its budget), with its Indonesian reason.
 */
export async function renderNaskahPdfTerpisah(input: NaskahPdfInput): Promise<NaskahPdfResult> {
  let reply;
  try {
    reply = await runNaskahPdfTask('renderNaskah', input);
  } catch (error) {
    if (error instanceof UntrustedTaskError) throw new NaskahPdfError(error.message);
    throw error;
  }
  if (!reply.ok) throw new NaskahPdfError(reply.message);
  return { pdf: reply.pdf, signatureBox: reply.signatureBox, pageCount: reply.pageCount };
}
