import { randomUUID } from 'node:crypto';
import { DomainError } from '@/lib/domain/errors';
import { emptyFileMessage, type UploadPurpose } from '@/lib/domain/berkas/pdf-policy';
import { MAX_UPLOAD_BYTES, MIME_BY_JENIS, namaBerkasAman, UPLOAD_TOO_LARGE_MESSAGE } from '@/lib/domain/berkas/sniff';
import { GAMBAR_RUSAK_MESSAGE } from '@/lib/domain/berkas/ukuran-gambar';
import type { ActiveContentKind } from '@/lib/pdf/inspect/types';
import { getStorage } from '@/lib/storage';
import type { FileStorage } from '@/lib/storage/types';
import { runUntrusted, UntrustedTaskError } from '@/lib/untrusted/worker-pool';
import { checkUpload } from './check-upload';
import { discardBerkasTertunda, putBerkasTertunda } from './store-berkas';

/** The scan made a PDF (an image of up to 40 megapixels decoded whole): more than an inspection's few seconds. */
const SCAN_TO_PDF_TIMEOUT_MS = 15_000;

/** An uploaded file already in the store, waiting for its Berkas row; discard() if that fails. */
export interface StagedBerkas {
  storageKey: string;
  namaFile: string;
  mime: string;
  ukuran: number;
  sha256: string;
  /** Active content of a scan kept as received (see lib/domain/berkas/pdf-policy.ts). */
  kontenAktif: ActiveContentKind[];
  discard(): Promise<void>;
}

interface StageOptions {
  /** What the file is for; also the first part of its storage key. */
  prefix: Exclude<UploadPurpose, 'lampiran'>;
  /** The form field the errors belong to. */
  field: string;
  /** Turn a JPG/PNG into a PDF (scans), or keep it as it is (tindak lanjut photos). */
  imagesToPdf: boolean;
}

/**
 * Checks an upload by its size and its content (never its name), converts it when asked, and
 * writes it to the store. Every refusal is a DomainError on the field, and nothing is kept.
 */
export async function stageUpload(file: File, { prefix, field, imagesToPdf }: StageOptions, storage: FileStorage = getStorage()): Promise<StagedBerkas> {
  const refuse = (message: string) => new DomainError(message, { [field]: [message] });
  // The size is known before the bytes are read, so an oversized upload is never buffered here.
  if (file.size > MAX_UPLOAD_BYTES) throw refuse(UPLOAD_TOO_LARGE_MESSAGE);
  if (file.size === 0) throw refuse(emptyFileMessage(prefix));
  const original = new Uint8Array(await file.arrayBuffer());
  const { jenis, kontenAktif } = await checkUpload(original, { purpose: prefix, field });

  let bytes: Uint8Array;
  try {
    // Off the event loop: a scan of 40 megapixels is decoded whole (seconds of CPU, hundreds of MB).
    bytes = imagesToPdf || jenis === 'pdf' ? await runUntrusted('scanToPdf', { bytes: original, jenis }, { timeoutMs: SCAN_TO_PDF_TIMEOUT_MS }) : original;
  } catch (error) {
    if (error instanceof UntrustedTaskError) throw refuse(`Berkas tidak dapat diproses. ${error.message}`);
    throw refuse(jenis === 'pdf' ? 'PDF rusak atau terkunci sandi; pindai ulang atau simpan ulang sebagai PDF biasa.' : GAMBAR_RUSAK_MESSAGE);
  }
  const finalJenis = imagesToPdf ? 'pdf' : jenis;
  const ext = finalJenis === 'jpeg' ? 'jpg' : finalJenis;
  const storageKey = `${prefix}/${randomUUID()}/${randomUUID()}.${ext}`;
  // An intent first (store-berkas.ts): a crash before the Berkas row commits leaves no orphan file.
  const stored = await putBerkasTertunda({ storageKey, bytes, mime: MIME_BY_JENIS[finalJenis] }, null, storage);
  return { ...stored, namaFile: namaBerkasAman(file.name, ext), kontenAktif, discard: () => discardBerkasTertunda(storageKey, storage) };
}
