// The tasks the untrusted-file worker pool can run, by name. A task is an async function of one
// structured-clonable input; add one line here to run another parser off the event loop.
import type { JenisIsi } from '@/lib/domain/berkas/sniff';
import { inspectPdf } from '@/lib/pdf/inspect/inspect-pdf';
import { scanToPdf } from '@/lib/pdf/pindaian/scan-to-pdf';
import { pdfium } from '@/lib/signing/verify/structure/pdfium';
import { verifyPdfTask } from '@/lib/signing/verify/verify-task';
import { parseMultipartForm } from './multipart-form';

export const tasks = {
  verifyPdf: verifyPdfTask,
  inspectPdf: async (bytes: Uint8Array) => inspectPdf(bytes),
  readForm: parseMultipartForm,
  scanToPdf: ({ bytes, jenis }: { bytes: Uint8Array; jenis: JenisIsi }) => scanToPdf(bytes, jenis),
} as const;

/**
 * Run once by each worker before it takes tasks: the page renderer (PDFium, WebAssembly) is loaded
 * then, not inside the first verification's time budget, which a loaded machine would overrun
 * again in every replacement worker.
 */
export async function prepareWorker(): Promise<void> {
  await pdfium().catch(() => {
    // Without it the visual comparison says UNAVAILABLE; the worker still serves.
  });
}
