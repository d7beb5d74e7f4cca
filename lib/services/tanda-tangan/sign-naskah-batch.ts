import type { Actor } from '@/lib/authz/actor';
import { DomainError } from '@/lib/domain/errors';
import { SignNaskahError } from '@/lib/domain/tanda-tangan/sign-naskah-error';
import { getSigner } from '@/lib/signing';
import type { PdfSigner } from '@/lib/signing/types';
import { signNaskah } from './sign-naskah';

export const MAX_BATCH = 100;

export type BatchItemResult =
  | { naskahId: string; status: 'DITANDATANGANI'; nomor: string }
  | { naskahId: string; status: 'GAGAL'; message: string }
  /** Not tried: an earlier failure (wrong passphrase, certificate) would have failed it the same way. */
  | { naskahId: string; status: 'DILEWATI'; message: string };

/**
 * Signs several naskah with one passphrase entry, one after another, each in its own transaction
 * (signNaskah), so one failure does not undo the others. A wrong passphrase or an unusable
 * certificate stops the batch at once: trying the rest would only fail again and may get the
 * account locked at BSrE.
 */
export async function signNaskahBatch({ actor, naskahIds, passphrase }: { actor: Actor; naskahIds: string[]; passphrase: string }, signer: PdfSigner = getSigner()): Promise<BatchItemResult[]> {
  const ids = [...new Set(naskahIds)];
  if (ids.length === 0) throw new DomainError('Pilih paling sedikit satu naskah.');
  if (ids.length > MAX_BATCH) throw new DomainError(`Paling banyak ${MAX_BATCH} naskah sekali tanda tangan.`);
  const results: BatchItemResult[] = [];
  let stop: string | null = null;
  for (const naskahId of ids) {
    if (stop) {
      results.push({ naskahId, status: 'DILEWATI', message: stop });
      continue;
    }
    try {
      const signed = await signNaskah({ actor, naskahId, passphrase }, signer);
      results.push({ naskahId, status: 'DITANDATANGANI', nomor: signed.nomor });
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      results.push({ naskahId, status: 'GAGAL', message: error.message });
      if (error instanceof SignNaskahError && error.stopsBatch) stop = `Tidak diproses: ${error.message}`;
    }
  }
  return results;
}
