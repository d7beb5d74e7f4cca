import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { recoverSigning } from '@/lib/services/tanda-tangan/recover-signing';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { actorFor } from '../support/actors';
import { passThroughSigner } from '../support/fake-signers';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';

const LEASE_MS = 1_500;
let storageDir: string;

beforeAll(() => {
  storageDir = mkdtempSync(path.join(tmpdir(), 'crash-safety-'));
  process.env.STORAGE_DIR = storageDir;
});

/** Runs the signing in a real child process that SIGKILLs itself at `step`; resolves with its exit signal. */
function signAndDie(naskahId: string, pegawaiId: string, step: string): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--conditions=react-server', path.join(__dirname, 'crash/sign-and-die.ts'), naskahId, pegawaiId, step], {
    env: { ...process.env, STORAGE_DIR: storageDir, GILIRAN_LEASE_MS: String(LEASE_MS) },
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  return new Promise((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
}

function filesOf(naskahId: string): string[] {
  try {
    return readdirSync(path.join(storageDir, 'naskah', naskahId)).filter((f) => f.endsWith('.pdf'));
  } catch {
    return [];
  }
}

describe('a signing process killed at any step', () => {
  it.each(['nomor', 'signer', 'stored'])('killed after "%s": after recovery the naskah waits, the number is not consumed, no file is left', async (step) => {
    const w = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w);
    expect(await signAndDie(naskah.id, w.kepala.id, step)).toBe('SIGKILL');
    const killedAt = Date.now();
    if (step === 'stored') expect(filesOf(naskah.id)).toHaveLength(1);

    // The restarted app's sweep, once the dead holder's turn has expired.
    await new Promise((r) => setTimeout(r, LEASE_MS + 200));
    const report = await recoverSigning();
    expect(report.freedTurns).toBeGreaterThanOrEqual(1);
    expect(Date.now() - killedAt).toBeLessThan(60_000);

    const after = await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id }, include: { deliveries: true } });
    expect(after).toMatchObject({ status: 'MENUNGGU_TANDA_TANGAN', nomor: null, nomorUrut: null, berkasUtamaId: null });
    expect(after.deliveries).toHaveLength(0);
    expect(await prisma.nomorUrut.findFirst({ where: { opdId: w.opd.id } })).toBeNull();
    expect(await prisma.berkas.count({ where: { naskahId: naskah.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: naskah.id, action: 'naskah.sign' } })).toBe(0);
    expect(filesOf(naskah.id)).toEqual([]);
    expect(await prisma.berkasTertunda.count({ where: { storageKey: { startsWith: `naskah/${naskah.id}/` } } })).toBe(0);

    // The sequence goes on: the same naskah signs with number 1.
    const signed = await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: 'Rahasia#Uji123' }, passThroughSigner());
    expect(signed.nomor).toContain('/0001/');
    expect(filesOf(naskah.id)).toHaveLength(1);
  }, 120_000);

  it('killed after the commit: signed with its number, file, deliveries and audit row', async () => {
    const w = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w);
    expect(await signAndDie(naskah.id, w.kepala.id, 'committed')).toBe('SIGKILL');
    await recoverSigning();
    const after = await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id }, include: { deliveries: true, berkasUtama: true } });
    expect(after).toMatchObject({ status: 'DITANDATANGANI', nomorUrut: 1, seriNomor: 'NASKAH' });
    expect(after.deliveries.length).toBeGreaterThan(0);
    expect(filesOf(naskah.id)).toEqual([path.basename(after.berkasUtama!.storageKey)]);
    expect(await prisma.auditLog.count({ where: { entityId: naskah.id, action: 'naskah.sign' } })).toBe(1);
    expect(await prisma.giliranPenomoran.count({ where: { opdId: w.opd.id, token: { not: null } } })).toBe(0);
  }, 120_000);
});
