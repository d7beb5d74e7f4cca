import { judgePdf, JENIS_DITERIMA, wrongTypeMessage, type UploadPurpose } from '@/lib/domain/berkas/pdf-policy';
import { sniffJenisIsi, type JenisIsi } from '@/lib/domain/berkas/sniff';
import { DomainError } from '@/lib/domain/errors';
import { inspectPdf } from '@/lib/pdf/inspect/inspect-pdf';
import type { ActiveContentKind } from '@/lib/pdf/inspect/types';

export interface CheckedUpload {
  jenis: JenisIsi;
  /** Active content kept because the file is evidence as received (pindaian); empty otherwise. */
  kontenAktif: ActiveContentKind[];
}

/**
 * The one check every uploaded file goes through: its kind from its content (never its name),
 * and a PDF read whole by the hostile-input inspector, judged by the policy for its purpose.
 * Async so the inspection can move to a worker thread without touching the callers.
 */
export async function checkUpload(bytes: Uint8Array, { purpose, field }: { purpose: UploadPurpose; field: string }): Promise<CheckedUpload> {
  const refuse = (message: string) => new DomainError(message, { [field]: [message] });
  const jenis = sniffJenisIsi(bytes);
  if (!jenis || !JENIS_DITERIMA[purpose].includes(jenis)) throw refuse(wrongTypeMessage(purpose));
  if (jenis !== 'pdf') return { jenis, kontenAktif: [] };
  const verdict = judgePdf(purpose, inspectPdf(bytes));
  if (!verdict.accepted) throw refuse(verdict.message);
  return { jenis, kontenAktif: verdict.kontenAktif };
}
