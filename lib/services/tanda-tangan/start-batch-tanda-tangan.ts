import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { SignNaskahError } from '@/lib/domain/tanda-tangan/sign-naskah-error';
import { PASSPHRASE_KOSONG } from '@/lib/domain/tanda-tangan/sign-form-schema';
import { getSigner } from '@/lib/signing';
import type { PdfSigner } from '@/lib/signing/types';
import { giliranKey } from '@/lib/services/penomoran/giliran-penomoran';
import { checkSignerStatus } from './check-signer-status';
import { beginPassphraseAttempt, isWrongPassphrase, type PassphraseAttempt } from './passphrase-attempt';
import { prepareSigning, type PreparedSigning } from './prepare-signing';
import { signPrepared } from './sign-prepared';

export const MAX_BATCH = 100;
/** Documents per BSrE bulk request (one passphrase check, one HTTP exchange). */
const BSRE_CHUNK = 10;

export interface StartedBatch {
  batchId: string;
  /** Resolves when every document has an outcome (the request does not wait for it). */
  done: Promise<void>;
}

/**
 * Signs several naskah with one passphrase entry. The batch and one row per document are written
 * first, and the browser polls them (getBatchTandaTangan), so closing the tab does not stop it;
 * the signing runs in this process, the only place the passphrase lives. With the mock CA the
 * naskah are signed one after another; with BSrE a chunk of one sequence is one bulk request.
 * A wrong passphrase or an unusable certificate stops the batch: the rest would fail the same way
 * and repeated attempts can lock the account at BSrE.
 */
export async function startBatchTandaTangan({ actor, naskahIds, passphrase, now = new Date() }: { actor: Actor; naskahIds: string[]; passphrase: string; now?: Date }, signer: PdfSigner = getSigner()): Promise<StartedBatch> {
  assertCan(actor, 'naskah.sign');
  const ids = [...new Set(naskahIds)];
  if (ids.length === 0) throw new DomainError('Pilih paling sedikit satu naskah.');
  if (ids.length > MAX_BATCH) throw new DomainError(`Paling banyak ${MAX_BATCH} naskah sekali tanda tangan.`);
  if (!passphrase) throw new DomainError(PASSPHRASE_KOSONG, { passphrase: [PASSPHRASE_KOSONG] });

  const attempt = await beginPassphraseAttempt(actor, ids);
  const prepared = new Map<string, PreparedSigning>();
  const refused = new Map<string, { perihal: string; message: string }>();
  let batch: { id: string };
  try {
    await prepareBatch(actor, ids, now, prepared, refused);
    batch = await prisma.batchTandaTangan.create({
      data: {
        pegawaiId: actor.pegawaiId,
        jabatanId: actor.activePost!.jabatanId,
        items: {
          create: ids.map((naskahId, urutan) => {
            const r = refused.get(naskahId);
            return r ? { urutan, naskahId, perihal: r.perihal, status: 'GAGAL' as const, pesan: r.message } : { urutan, naskahId, perihal: prepared.get(naskahId)!.naskah.perihal };
          }),
        },
      },
      select: { id: true },
    });
  } catch (error) {
    await attempt.settle(false);
    throw error;
  }
  const done = runBatch(actor, batch.id, [...prepared.values()], passphrase, attempt, signer, now).catch((error: unknown) => {
    console.error('[batch tanda tangan]', error instanceof Error ? `${error.name}: ${error.message}` : error);
  });
  return { batchId: batch.id, done };
}

async function runBatch(actor: Actor, batchId: string, items: PreparedSigning[], passphrase: string, attempt: PassphraseAttempt, signer: PdfSigner, now: Date): Promise<void> {
  const setItems = (naskahIds: string[], data: { status: 'DIPROSES' | 'DITANDATANGANI' | 'GAGAL' | 'DILEWATI' | 'BELUM_PASTI'; nomor?: string; pesan?: string }) =>
    prisma.batchTandaTanganItem.updateMany({ where: { batchId, naskahId: { in: naskahIds } }, data });
  let wrongPassphrase = false;
  try {
    if (!items.length) return;
    try {
      await checkSignerStatus(actor, items, signer);
    } catch (error) {
      const message = error instanceof DomainError ? error.message : 'Penandatanganan gagal.';
      await setItems(items.map((i) => i.naskah.id), { status: 'GAGAL', pesan: message });
      return;
    }
    const credentials = { nik: items[0]!.signer.nik, passphrase };
    let stop: string | null = null;
    for (const chunk of chunks(items, signer.backend === 'bsre' ? BSRE_CHUNK : 1)) {
      const ids = chunk.map((i) => i.naskah.id);
      if (stop) {
        await setItems(ids, { status: 'DILEWATI', pesan: `Tidak diproses: ${stop}` });
        continue;
      }
      await setItems(ids, { status: 'DIPROSES' });
      for (const outcome of await signPrepared(actor, chunk, credentials, signer, now)) {
        if (outcome.ok) {
          await setItems([outcome.naskahId], { status: 'DITANDATANGANI', nomor: outcome.nomor, pesan: `Ditandatangani dengan nomor ${outcome.nomor}.` });
          continue;
        }
        const belumPasti = outcome.error instanceof SignNaskahError && outcome.error.code === 'BELUM_PASTI';
        await setItems([outcome.naskahId], { status: belumPasti ? 'BELUM_PASTI' : 'GAGAL', pesan: outcome.error.message });
        if (outcome.error instanceof SignNaskahError && outcome.error.stopsBatch) stop = outcome.error.message;
        wrongPassphrase ||= isWrongPassphrase(outcome.error);
      }
    }
  } finally {
    await attempt.settle(wrongPassphrase);
    await prisma.batchTandaTangan.update({ where: { id: batchId }, data: { selesaiPada: new Date() } });
  }
}

/** Consecutive chunks of one sequence each (a chunk shares one turn and one bulk request). */
function chunks(items: PreparedSigning[], size: number): PreparedSigning[][] {
  const bySequence = new Map<string, PreparedSigning[]>();
  for (const item of items) {
    const key = giliranKey(item.plan.key);
    bySequence.set(key, [...(bySequence.get(key) ?? []), item]);
  }
  return [...bySequence.values()].flatMap((group) => Array.from({ length: Math.ceil(group.length / size) }, (_, k) => group.slice(k * size, (k + 1) * size)));
}

/** Each naskah prepared for signing, or refused with the reason its row will show. */
async function prepareBatch(actor: Actor, ids: string[], now: Date, prepared: Map<string, PreparedSigning>, refused: Map<string, { perihal: string; message: string }>): Promise<void> {
  for (const id of ids) {
    try {
      const item = await prepareSigning(actor, id, now);
      if (item.naskah.reserved) refused.set(id, { perihal: item.naskah.perihal, message: 'Status belum pasti: buka naskah ini untuk memeriksa dan menandatangani ulang.' });
      else prepared.set(id, item);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      // Past the scope check (not a NotFoundError) the actor may see the perihal.
      const row = error instanceof NotFoundError ? null : await prisma.naskah.findUnique({ where: { id }, select: { perihal: true } });
      refused.set(id, { perihal: row?.perihal ?? 'Naskah tidak ditemukan', message: error.message });
    }
  }
}
