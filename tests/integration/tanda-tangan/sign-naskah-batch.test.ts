import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { signNaskahBatch } from '@/lib/services/tanda-tangan/sign-naskah-batch';
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

describe('signNaskahBatch', () => {
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
    expect(results).toEqual([{ naskahId: foreign.id, status: 'GAGAL', message: expect.stringContaining('tidak ditemukan') }]);
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: foreign.id } })).gagalTandaTanganAlasan).toBeNull();
    await expect(signNaskahBatch({ actor: await actorFor(w.kepala.id), naskahIds: [], passphrase: 'x' }, passThroughSigner())).rejects.toThrow('Pilih paling sedikit');
  });
});
