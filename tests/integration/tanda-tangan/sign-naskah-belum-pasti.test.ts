import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { SignNaskahError } from '@/lib/domain/tanda-tangan/sign-naskah-error';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { actorFor } from '../support/actors';
import { noPassphraseLimit, passThroughSigner } from '../support/fake-signers';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';

const PASSPHRASE = 'Rahasia#Uji123';

beforeAll(() => {
  process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'belum-pasti-'));
});

describe('a signer that times out after the document was sent', () => {
  it('marks the naskah "status belum pasti", keeps its number, never re-signs by itself, and signs again with the same number only when asked', async () => {
    const w = await createSigningWorld();
    const kepala = await actorFor(w.kepala.id);
    const naskah = await createNaskahMenungguTandaTangan(w);
    const signs: string[] = [];
    const error = await signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: PASSPHRASE }, passThroughSigner({ failWith: 'TIMEOUT', onSign: () => signs.push('timeout') })).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(SignNaskahError);
    expect((error as SignNaskahError).code).toBe('BELUM_PASTI');
    expect((error as SignNaskahError).message).toMatch(/^Status belum pasti: .*mungkin sudah ditandatangani.*tidak menandatangani ulang secara otomatis/);
    const pending = await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } });
    expect(pending).toMatchObject({ status: 'MENUNGGU_TANDA_TANGAN', nomorUrut: 1, berkasUtamaId: null });
    expect(pending.nomor).toContain('/0001/');
    expect(pending.tandaTanganBelumPastiSejak).toBeInstanceOf(Date);
    expect(pending.gagalTandaTanganAlasan).toContain(pending.nomor!);
    expect(await prisma.auditLog.count({ where: { entityId: naskah.id, action: 'naskah.signUncertain' } })).toBe(1);

    // The number is the naskah's: the next naskah of the OPD gets 2.
    const next = await createNaskahMenungguTandaTangan(w);
    expect((await signNaskah({ actor: kepala, naskahId: next.id, passphrase: PASSPHRASE }, passThroughSigner())).nomor).toContain('/0002/');

    // A plain second click does not sign it again.
    const again = passThroughSigner({ onSign: () => signs.push('again') });
    await expect(signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: PASSPHRASE }, again)).rejects.toThrow('Saya sudah memeriksa');
    expect(signs).toEqual(['timeout']);

    // Asked for, it signs with the same number, date and verification code.
    const signed = await signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: PASSPHRASE, ulangiBelumPasti: true }, again);
    expect(signs).toEqual(['timeout', 'again']);
    expect(signed).toMatchObject({ nomor: pending.nomor, kodeVerifikasi: pending.kodeVerifikasi });
    const done = await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } });
    expect(done).toMatchObject({ status: 'DITANDATANGANI', nomorUrut: 1, tandaTanganBelumPastiSejak: null, gagalTandaTanganAlasan: null });
    expect(await prisma.nomorUrut.findFirst({ where: { opdId: w.opd.id } })).toMatchObject({ terakhir: 2 });
  });
});

describe('while the remote signer works', () => {
  it('holds no database connection: 12 signings with a 2 s signer in one OPD leave the pool free for everyone else', async () => {
    const w = await createSigningWorld();
    const kepala = await actorFor(w.kepala.id);
    const all = await Promise.all(Array.from({ length: 12 }, () => createNaskahMenungguTandaTangan(w)));
    const storm = Promise.all(all.map((n) => signNaskah({ actor: kepala, naskahId: n.id, passphrase: PASSPHRASE }, passThroughSigner({ delayMs: 2_000 }), noPassphraseLimit)));
    await new Promise((r) => setTimeout(r, 3_000));
    const timings: number[] = [];
    for (let i = 0; i < 5; i++) {
      const started = performance.now();
      await prisma.pegawai.count();
      timings.push(performance.now() - started);
      await new Promise((r) => setTimeout(r, 300));
    }
    const results = await storm;
    // The issue measured 12.6 s for this count with the old transaction-held signing.
    expect(Math.max(...timings)).toBeLessThan(1_500);
    expect(results.map((r) => Number(/\/(\d{4})\//.exec(r.nomor)![1])).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));

    // Nothing of the passphrase is kept in the tables signing writes.
    const rows = JSON.stringify([
      await prisma.giliranPenomoran.findMany({ where: { opdId: w.opd.id } }),
      await prisma.berkasTertunda.findMany(),
      await prisma.auditLog.findMany({ where: { entityId: { in: all.map((n) => n.id) } } }),
      await prisma.naskah.findMany({ where: { id: { in: all.map((n) => n.id) } } }),
    ], (_key, value: unknown) => (typeof value === 'bigint' ? String(value) : value));
    expect(rows).not.toContain(PASSPHRASE);
  }, 120_000);
});
