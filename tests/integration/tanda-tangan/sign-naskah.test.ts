import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { SignNaskahError } from '@/lib/domain/tanda-tangan/sign-naskah-error';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { getStorage } from '@/lib/storage';
import { actorFor } from '../support/actors';
import { assign, createPegawai } from '../support/factories';
import { noPassphraseLimit, passThroughSigner } from '../support/fake-signers';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';

const PASSPHRASE = 'Rahasia#Uji123';

beforeAll(() => {
  process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'sign-naskah-'));
});

describe('signNaskah', () => {
  it('numbers, stores, delivers, notifies and audits a signed naskah', async () => {
    const w = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w);
    const passphrases: string[] = [];
    const result = await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: PASSPHRASE, now: new Date('2026-11-23T03:00:00Z') }, passThroughSigner({ onSign: (p) => passphrases.push(p) }));

    expect(passphrases).toEqual([PASSPHRASE]);
    expect(result.nomor).toBe(`${w.klasifikasi.kode}/0001/${w.opd.singkatan}/2026`);
    expect(result.kodeVerifikasi).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const signed = await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id }, include: { berkasUtama: true, deliveries: true } });
    expect(signed).toMatchObject({ status: 'DITANDATANGANI', nomor: result.nomor, nomorUrut: 1, tahunNomor: 2026, penandatanganPegawaiId: w.kepala.id, gagalTandaTanganAlasan: null, kodeVerifikasi: result.kodeVerifikasi });
    expect(signed.tanggalNaskah?.toISOString().slice(0, 10)).toBe('2026-11-23');
    expect(signed.blokTandaTangan).toMatchObject({ cara: 'LANGSUNG', jabatan: expect.stringContaining('Kepala Dinas Uji'), nip: w.kepala.nip });

    expect(signed.berkasUtama).toMatchObject({ jenis: 'FINAL', mime: 'application/pdf' });
    const stored = await getStorage().get(signed.berkasUtama!.storageKey);
    expect(Buffer.from(stored!.bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    expect(stored!.bytes.byteLength).toBe(signed.berkasUtama!.ukuran);

    expect(signed.deliveries.map((d) => [d.jabatanId, d.jenis, d.derajatKecepatan]).sort()).toEqual(
      [[w.kabid2.jabatan.id, 'TUJUAN', 'SEGERA'], [w.sekretaris.jabatan.id, 'TEMBUSAN', 'SEGERA']].sort(),
    );
    const notified = await prisma.notifikasi.findMany({ where: { tautan: `/tanda-tangan/${naskah.id}` } });
    expect(notified.map((n) => n.pegawaiId).sort()).toEqual([w.staf.pegawai.id, w.kabid.pegawai.id].sort());
    const audit = await prisma.auditLog.findFirstOrThrow({ where: { entityId: naskah.id, action: 'naskah.sign' } });
    expect(JSON.stringify(audit.after)).not.toContain(PASSPHRASE);
    expect(audit.after).toMatchObject({ status: 'DITANDATANGANI', nomor: result.nomor });
  });

  it('burns no number when the signature fails: reason kept, still waiting, the next success gets the number', async () => {
    const w = await createSigningWorld();
    const kepala = await actorFor(w.kepala.id);
    const first = await createNaskahMenungguTandaTangan(w);
    const second = await createNaskahMenungguTandaTangan(w);

    await expect(signNaskah({ actor: kepala, naskahId: first.id, passphrase: PASSPHRASE }, passThroughSigner({ failWith: 'UNAVAILABLE' }))).rejects.toThrow('tidak dapat dihubungi');
    const failed = await prisma.naskah.findUniqueOrThrow({ where: { id: first.id } });
    expect(failed).toMatchObject({ status: 'MENUNGGU_TANDA_TANGAN', nomor: null, berkasUtamaId: null, kodeVerifikasi: null });
    expect(failed.gagalTandaTanganAlasan).toContain('tidak dapat dihubungi');
    expect(await prisma.berkas.count({ where: { naskahId: first.id } })).toBe(0);
    expect(await prisma.delivery.count({ where: { naskahId: first.id } })).toBe(0);
    expect(await prisma.auditLog.count({ where: { entityId: first.id, action: 'naskah.signFail' } })).toBe(1);

    const ok = await signNaskah({ actor: kepala, naskahId: second.id, passphrase: PASSPHRASE }, passThroughSigner());
    expect(ok.nomor).toContain('/0001/');
    const retried = await signNaskah({ actor: kepala, naskahId: first.id, passphrase: PASSPHRASE }, passThroughSigner());
    expect(retried.nomor).toContain('/0002/');
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: first.id } })).gagalTandaTanganAlasan).toBeNull();
  });

  it.each([
    ['WRONG_PASSPHRASE', 'Passphrase salah'],
    ['UNAVAILABLE', 'tidak dapat dihubungi'],
  ] as const)('maps a %s failure to its Indonesian reason', async (code, message) => {
    const w = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w);
    const error = await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: 'salah' }, passThroughSigner({ failWith: code })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignNaskahError);
    expect((error as SignNaskahError).code).toBe(code);
    expect((error as SignNaskahError).message).toContain(message);
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } })).gagalTandaTanganAlasan).toContain(message);
  });

  it('refuses a revoked certificate before taking a number', async () => {
    const w = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w);
    await expect(signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: PASSPHRASE }, passThroughSigner({ status: 'REVOKE' }))).rejects.toThrow('dicabut');
    expect(await prisma.nomorUrut.count({ where: { opdId: w.opd.id } })).toBe(0);
  });

  it('refuses anyone but the signer post: the drafter, another OPD, a guessed id', async () => {
    const w = await createSigningWorld();
    const other = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w);
    const signer = passThroughSigner();
    await expect(signNaskah({ actor: await actorFor(w.kabid.pegawai.id), naskahId: naskah.id, passphrase: PASSPHRASE }, signer)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(signNaskah({ actor: await actorFor(other.kepala.id), naskahId: naskah.id, passphrase: PASSPHRASE }, signer)).rejects.toBeInstanceOf(NotFoundError);
    await expect(signNaskah({ actor: await actorFor(w.kepala.id), naskahId: '0193a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b', passphrase: PASSPHRASE }, signer)).rejects.toBeInstanceOf(NotFoundError);
    expect((await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } })).status).toBe('MENUNGGU_TANDA_TANGAN');
  });

  it('lets a Plt. of the signer post sign, printed as Plt.', async () => {
    const w = await createSigningWorld();
    const naskah = await createNaskahMenungguTandaTangan(w, { penandatanganJabatanId: w.kabid2.jabatan.id });
    const plt = await createPegawai(w.instansi.id, w.opd.id);
    await assign(plt.id, w.kabid2.jabatan.id, 'PLT', '2020-01-01');
    await signNaskah({ actor: await actorFor(plt.id, w.kabid2.jabatan.id), naskahId: naskah.id, passphrase: PASSPHRASE }, passThroughSigner());
    const signed = await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } });
    expect(signed.blokTandaTangan).toMatchObject({ cara: 'PLT', nip: plt.nip });
  });

  it('refuses a konsep and an already signed naskah', async () => {
    const w = await createSigningWorld();
    const kepala = await actorFor(w.kepala.id);
    const konsep = await createNaskahMenungguTandaTangan(w, { status: 'KONSEP' });
    await expect(signNaskah({ actor: kepala, naskahId: konsep.id, passphrase: PASSPHRASE }, passThroughSigner())).rejects.toThrow('tidak sedang menunggu tanda tangan');
    const naskah = await createNaskahMenungguTandaTangan(w);
    await signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: PASSPHRASE }, passThroughSigner());
    await expect(signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: PASSPHRASE }, passThroughSigner())).rejects.toThrow('tidak sedang menunggu tanda tangan');
    expect(await prisma.nomorUrut.findFirst({ where: { opdId: w.opd.id } })).toMatchObject({ terakhir: 1 });
  });

  it('signs the same naskah once when it is submitted twice at the same moment', async () => {
    const w = await createSigningWorld();
    const kepala = await actorFor(w.kepala.id);
    const naskah = await createNaskahMenungguTandaTangan(w);
    const results = await Promise.allSettled([1, 2].map(() => signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: PASSPHRASE }, passThroughSigner({ delayMs: 100 }))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(await prisma.berkas.count({ where: { naskahId: naskah.id } })).toBe(1);
  });

  it('gives 50 concurrent signings in one OPD the numbers 1..50, no gap, no duplicate', async () => {
    const w = await createSigningWorld();
    const kepala = await actorFor(w.kepala.id);
    const all = await Promise.all(Array.from({ length: 50 }, () => createNaskahMenungguTandaTangan(w)));
    const started = Date.now();
    const results = await Promise.all(all.map((n) => signNaskah({ actor: kepala, naskahId: n.id, passphrase: PASSPHRASE }, passThroughSigner(), noPassphraseLimit)));
    console.log(`50 concurrent signings (pass-through signer): ${Date.now() - started} ms`);
    const urut = await prisma.naskah.findMany({ where: { id: { in: all.map((n) => n.id) } }, select: { nomorUrut: true } });
    expect(urut.map((n) => n.nomorUrut!).sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(results.map((r) => r.nomor)).size).toBe(50);
  }, 180_000);
});
