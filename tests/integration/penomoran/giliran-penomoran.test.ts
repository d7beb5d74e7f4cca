import { randomUUID } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { SignNaskahError } from '@/lib/domain/tanda-tangan/sign-naskah-error';
import { recoverSigning } from '@/lib/services/tanda-tangan/recover-signing';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { getStorage } from '@/lib/storage';
import { actorFor } from '../support/actors';
import { passThroughSigner } from '../support/fake-signers';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';

beforeAll(() => {
  process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'giliran-'));
});

const tahun = new Date().getUTCFullYear();

describe('the turn of a numbering sequence', () => {
  it('makes a signing wait while another live holder has the turn, then tells the signer to retry without taking a number', async () => {
    const w = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w);
    await prisma.giliranPenomoran.create({ data: { opdId: w.opd.id, seri: 'NASKAH', tahun, token: randomUUID(), naskahId: randomUUID(), berakhirPada: new Date(Date.now() + 60_000) } });
    process.env.GILIRAN_WAIT_MS = '1500';
    try {
      const error = await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: 'x' }, passThroughSigner()).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(SignNaskahError);
      expect((error as SignNaskahError).code).toBe('BUSY');
      expect((error as SignNaskahError).message).toContain('Antrean penomoran');
    } finally {
      delete process.env.GILIRAN_WAIT_MS;
    }
    expect(await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } })).toMatchObject({ status: 'MENUNGGU_TANDA_TANGAN', nomor: null });
  });

  it('takes over the turn of a holder that stopped renewing it, and the sweep deletes the file that holder left', async () => {
    const w = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w);
    const deadToken = randomUUID();
    await prisma.giliranPenomoran.create({ data: { opdId: w.opd.id, seri: 'NASKAH', tahun, token: deadToken, naskahId: randomUUID(), berakhirPada: new Date(Date.now() - 1_000) } });
    const orphanKey = `naskah/${randomUUID()}/${randomUUID()}.pdf`;
    await prisma.berkasTertunda.create({ data: { storageKey: orphanKey, giliranToken: deadToken, berakhirPada: new Date(Date.now() + 3_600_000) } });
    await getStorage().put(orphanKey, new Uint8Array([37, 80, 68, 70]), 'application/pdf');

    const signed = await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: 'x' }, passThroughSigner());
    expect(signed.nomor).toContain('/0001/');
    const report = await recoverSigning();
    expect(report.orphanFiles).toBeGreaterThanOrEqual(1);
    expect(await getStorage().get(orphanKey)).toBeNull();
    expect(await prisma.berkasTertunda.count({ where: { storageKey: orphanKey } })).toBe(0);
    expect(await prisma.giliranPenomoran.findUnique({ where: { opdId_seri_tahun: { opdId: w.opd.id, seri: 'NASKAH', tahun } } })).toMatchObject({ token: null });
  });
});
