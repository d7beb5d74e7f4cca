import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { getBatchTandaTangan } from '@/lib/services/tanda-tangan/get-batch-tanda-tangan';
import { startBatchTandaTangan } from '@/lib/services/tanda-tangan/start-batch-tanda-tangan';
import { SigningError, type PdfSigner } from '@/lib/signing/types';
import { actorFor } from '../support/actors';
import { passThroughSigner } from '../support/fake-signers';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';

beforeAll(() => {
  process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'sign-batch-'));
});

/** Fails the n-th signature (1-based) with the given code, passes the others. */
function failingNth(n: number, code: 'UNAVAILABLE' | 'WRONG_PASSPHRASE'): PdfSigner & { calls: number } {
  const inner = passThroughSigner();
  const signer = {
    ...inner,
    calls: 0,
    async signPdf(input: Parameters<PdfSigner['signPdf']>[0]) {
      signer.calls += 1;
      if (signer.calls === n) throw new SigningError(code);
      return inner.signPdf(input);
    },
  };
  return signer;
}

/** Starts a batch, waits for the server to finish it, and reads its progress as the browser would. */
async function signNaskahBatch(input: { actor: Actor; naskahIds: string[]; passphrase: string }, signer: PdfSigner) {
  const started = await startBatchTandaTangan(input, signer);
  await started.done;
  const batch = (await getBatchTandaTangan(input.actor, started.batchId))!;
  expect(batch.selesaiPada).toBeInstanceOf(Date);
  return batch.items.map((i) => ({ naskahId: i.naskahId, status: i.status, nomor: i.nomor, message: i.pesan }));
}

describe('startBatchTandaTangan', () => {
  it('signs each document in its own transaction: one failure leaves the others signed and numbered without a gap', async () => {
    const w = await createSigningWorld();
    const naskah = await Promise.all([1, 2, 3].map(() => createNaskahMenungguTandaTangan(w)));
    const results = await signNaskahBatch({ actor: await actorFor(w.kepala.id), naskahIds: naskah.map((n) => n.id), passphrase: 'Rahasia#1' }, failingNth(2, 'UNAVAILABLE'));
    expect(results.map((r) => r.status)).toEqual(['DITANDATANGANI', 'GAGAL', 'DITANDATANGANI']);
    expect(results[0]).toMatchObject({ nomor: expect.stringContaining('/0001/') });
    expect(results[2]).toMatchObject({ nomor: expect.stringContaining('/0002/') });
    expect(results[1]).toMatchObject({ message: expect.stringContaining('tidak dapat dihubungi') });
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: naskah[1]!.id } })).status).toBe('MENUNGGU_TANDA_TANGAN');
  });

  it('stops at the first wrong passphrase and does not try the rest', async () => {
    const w = await createSigningWorld();
    const naskah = await Promise.all([1, 2, 3].map(() => createNaskahMenungguTandaTangan(w)));
    const signer = failingNth(1, 'WRONG_PASSPHRASE');
    const results = await signNaskahBatch({ actor: await actorFor(w.kepala.id), naskahIds: naskah.map((n) => n.id), passphrase: 'salah' }, signer);
    expect(results.map((r) => r.status)).toEqual(['GAGAL', 'DILEWATI', 'DILEWATI']);
    expect(signer.calls).toBe(1);
    expect(await prisma.naskah.count({ where: { id: { in: naskah.map((n) => n.id) }, status: 'DITANDATANGANI' } })).toBe(0);
  });

  it('reports a naskah of someone else as failed without touching it, and refuses an empty batch', async () => {
    const w = await createSigningWorld();
    const other = await createSigningWorld();
    const foreign = await createNaskahMenungguTandaTangan(other);
    const results = await signNaskahBatch({ actor: await actorFor(w.kepala.id), naskahIds: [foreign.id], passphrase: 'x' }, passThroughSigner());
    expect(results).toEqual([{ naskahId: foreign.id, status: 'GAGAL', nomor: null, message: expect.stringContaining('tidak ditemukan') }]);
    expect(JSON.stringify(results)).not.toContain(other.kepala.id);
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: foreign.id } })).gagalTandaTanganAlasan).toBeNull();
    await expect(signNaskahBatch({ actor: await actorFor(w.kepala.id), naskahIds: [], passphrase: 'x' }, passThroughSigner())).rejects.toThrow('Pilih paling sedikit');
  });
});

describe('a batch runs on the server', () => {
  it('answers at once and reports progress per document while it signs; only its owner may read it', async () => {
    const w = await createSigningWorld();
    const kepala = await actorFor(w.kepala.id);
    const naskah = await Promise.all([1, 2, 3].map(() => createNaskahMenungguTandaTangan(w)));
    const started = await startBatchTandaTangan({ actor: kepala, naskahIds: naskah.map((n) => n.id), passphrase: 'Rahasia#1' }, passThroughSigner({ delayMs: 1_500 }));
    const early = (await getBatchTandaTangan(kepala))!;
    expect(early.id).toBe(started.batchId);
    expect(early.selesaiPada).toBeNull();
    expect(early.items.map((i) => i.status).filter((s) => s === 'DITANDATANGANI').length).toBeLessThan(3);
    expect(await getBatchTandaTangan(await actorFor(w.kabid.pegawai.id), started.batchId)).toBeNull();
    await started.done;
    const done = (await getBatchTandaTangan(kepala, started.batchId))!;
    expect(done.items.map((i) => [i.status, i.nomor?.match(/\/(\d{4})\//)?.[1]])).toEqual([['DITANDATANGANI', '0001'], ['DITANDATANGANI', '0002'], ['DITANDATANGANI', '0003']]);
    expect(JSON.stringify(await prisma.batchTandaTangan.findUnique({ where: { id: started.batchId }, include: { items: true } }))).not.toContain('Rahasia#1');
  }, 60_000);

  it('signs a chunk of one sequence with one bulk request when the signer is BSrE', async () => {
    const w = await createSigningWorld();
    const naskah = await Promise.all([1, 2, 3].map(() => createNaskahMenungguTandaTangan(w)));
    const inner = passThroughSigner();
    const calls: number[] = [];
    const bsre: PdfSigner = { ...inner, backend: 'bsre', signPdf: () => Promise.reject(new Error('bulk expected')), signPdfBatch: async (inputs, credentials) => (calls.push(inputs.length), inner.signPdfBatch(inputs, credentials)) };
    const results = await signNaskahBatch({ actor: await actorFor(w.kepala.id), naskahIds: naskah.map((n) => n.id), passphrase: 'Rahasia#1' }, bsre);
    expect(calls).toEqual([3]);
    expect(results.map((r) => r.nomor?.match(/\/(\d{4})\//)?.[1])).toEqual(['0001', '0002', '0003']);
  });
});
