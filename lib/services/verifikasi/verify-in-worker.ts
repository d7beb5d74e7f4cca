import 'server-only';
import type { PdfVerification, VerifyOptions } from '@/lib/signing/verify';
import { defaultVerifyOptions } from '@/lib/signing/verify';
import { uncheckedVerification, verifyTaskInput } from '@/lib/signing/verify/task-input';
import { runUntrusted, UntrustedTaskError } from '@/lib/untrusted/worker-pool';

/**
 * Verifies a PDF off the event loop (the untrusted-file worker pool): bounded in time and memory,
 * and always an answer: a file that overruns a limit or breaks the reader is reported as not
 * checkable, with the reason, never as an error page. Only a full pool is passed on
 * (UntrustedTaskError BUSY): the edge answers 429 with Retry-After.
 */
export async function verifyInWorker(pdf: Uint8Array, options?: VerifyOptions): Promise<PdfVerification> {
  const input = verifyTaskInput(pdf, options ?? (await defaultVerifyOptions()));
  try {
    return await runUntrusted('verifyPdf', input);
  } catch (error) {
    if (error instanceof UntrustedTaskError && error.failure === 'BUSY') throw error;
    if (error instanceof UntrustedTaskError) return uncheckedVerification(`Berkas tidak dapat diperiksa. ${error.message}`);
    console.error('verifikasi: pemeriksaan PDF gagal', error);
    return uncheckedVerification('Berkas tidak dapat diperiksa: struktur berkas tidak dapat dibaca.');
  }
}
