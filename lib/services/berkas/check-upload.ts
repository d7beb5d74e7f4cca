import { judgePdf, JENIS_DITERIMA, wrongTypeMessage, type UploadPurpose } from '@/lib/domain/berkas/pdf-policy';
import { sniffJenisIsi, type JenisIsi } from '@/lib/domain/berkas/sniff';
import { tolakGambar } from '@/lib/domain/berkas/ukuran-gambar';
import { DomainError } from '@/lib/domain/errors';
import type { ActiveContentKind } from '@/lib/pdf/inspect/types';
import { runUntrusted, UntrustedTaskError } from '@/lib/untrusted/worker-pool';

export interface CheckedUpload {
  jenis: JenisIsi;
  /** Active content kept because the file is evidence as received (pindaian); empty otherwise. */
  kontenAktif: ActiveContentKind[];
}

/**
 * The one check every uploaded file goes through: its kind from its content (never its name),
 * an image's size in pixels from its headers (before anything decodes it: ukuran-gambar.ts), and a
 * PDF read whole by the hostile-input inspector, judged by the policy for its purpose.
 * The inspection runs in the untrusted-file worker pool, off the request's event loop.
 */
export async function checkUpload(bytes: Uint8Array, { purpose, field }: { purpose: UploadPurpose; field: string }): Promise<CheckedUpload> {
  const refuse = (message: string) => new DomainError(message, { [field]: [message] });
  const jenis = sniffJenisIsi(bytes);
  if (!jenis || !JENIS_DITERIMA[purpose].includes(jenis)) throw refuse(wrongTypeMessage(purpose));
  if (jenis !== 'pdf') {
    const tolak = tolakGambar(bytes, jenis);
    if (tolak) throw refuse(tolak);
    return { jenis, kontenAktif: [] };
  }
  const inspection = await runUntrusted('inspectPdf', bytes).catch((error: unknown) => {
    // Over the pool's time or memory budget, or the pool is full: refused with the pool's reason.
    if (error instanceof UntrustedTaskError) throw refuse(`Berkas tidak dapat diperiksa. ${error.message}`);
    throw error;
  });
  const verdict = judgePdf(purpose, inspection);
  if (!verdict.accepted) throw refuse(verdict.message);
  return { jenis, kontenAktif: verdict.kontenAktif };
}
