import 'server-only';
// A naskah's heavy work runs in a worker thread, not on the request's event loop: its PDF (the live
// preview, the document to be signed) and the sanitizing of a large konten. Its text is what a
// person typed, up to 200,000 characters a part and 5 MB in all: a 45-page letter takes about a
// second of CPU to print, and 4 MB of konten one to three seconds to sanitize, during which every
// other request of the process would wait. Bounded like the other pools: a CPU-time budget, a heap
// cap, a short queue.
import type { JenisNaskahDidukung } from '@/lib/domain/naskah/konten';
import { jsonDepth } from '@/lib/domain/input/fields';
import { KONTEN_MAX_JSON_DEPTH, KONTEN_REQUEST_MAX, prepareKonten, type PreparedKonten } from '@/lib/domain/naskah/prepare-konten';
import { NaskahPdfError, type NaskahPdfInput, type NaskahPdfResult } from '@/lib/pdf/naskah/types';
import { definePool, envCount, UntrustedTaskError, type PoolSpec } from '@/lib/untrusted/worker-pool';
import type { tasks } from './naskah-tasks';

const SARAN = 'Pindahkan rincian ke lampiran.';

export const naskahPoolSpec = (env: Record<string, string | undefined>): PoolSpec => ({
  entry: 'lib/services/naskah/naskah-tasks.ts',
  size: envCount(env.NASKAH_WORKERS, 1),
  memoryMb: envCount(env.NASKAH_WORKER_MEMORY_MB, 512),
  // The longest naskah allowed (MAX_HALAMAN pages) takes about a second on this project's bench machine.
  timeoutMs: envCount(env.NASKAH_TASK_TIMEOUT_MS, 20_000),
  queuePerWorker: envCount(env.NASKAH_QUEUE_PER_WORKER, 16),
  messages: {
    busy: 'Server sedang memproses banyak naskah. Coba lagi beberapa saat lagi.',
    timeout: (seconds) => `Naskah terlalu panjang untuk diproses dalam ${seconds} detik. ${SARAN}`,
    memory: `Naskah terlalu besar untuk diproses. ${SARAN}`,
    crashed: 'Naskah gagal diproses. Coba lagi.',
  },
});

const runNaskahTask = definePool<typeof tasks>('naskah', () => naskahPoolSpec(process.env));

/**
 * renderNaskahPdf off the event loop. Refused input throws NaskahPdfError as the renderer would;
 * so does a pool that cannot take it (busy, over its budget), with its Indonesian reason.
 */
export async function renderNaskahPdfTerpisah(input: NaskahPdfInput): Promise<NaskahPdfResult> {
  let reply;
  try {
    reply = await runNaskahTask('renderNaskah', input);
  } catch (error) {
    if (error instanceof UntrustedTaskError) throw new NaskahPdfError(error.message);
    throw error;
  }
  if (!reply.ok) throw new NaskahPdfError(reply.message);
  return { pdf: reply.pdf, signatureBox: reply.signatureBox, pageCount: reply.pageCount };
}

/** Konten this small is sanitized where it arrives (a long letter is ~50 KB: tens of milliseconds). */
export const KONTEN_INLINE_MAX = 64 * 1024;

/**
 * prepareKonten, in the pool when the konten is large. One over KONTEN_REQUEST_MAX is refused where
 * it arrives (by size, before any sanitizing), as prepareKonten itself would.
 */
export async function prepareKontenTerpisah(jenis: JenisNaskahDidukung, raw: unknown): Promise<PreparedKonten> {
  // Not an object, or nested deeper than konten is (JSON.stringify would overflow the stack on
  // 10,000 levels): prepareKonten refuses it as it is, with its message.
  if (typeof raw !== 'object' || raw === null || jsonDepth(raw, KONTEN_MAX_JSON_DEPTH) > KONTEN_MAX_JSON_DEPTH) return prepareKonten(jenis, raw);
  const size = JSON.stringify(raw).length;
  if (size <= KONTEN_INLINE_MAX || size > KONTEN_REQUEST_MAX) return prepareKonten(jenis, raw);
  try {
    return await runNaskahTask('prepareKonten', { jenis, raw });
  } catch (error) {
    if (error instanceof UntrustedTaskError) return { ok: false, message: error.message, fieldErrors: {} };
    throw error;
  }
}
