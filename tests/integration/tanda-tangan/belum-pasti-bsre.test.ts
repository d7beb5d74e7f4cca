// A real time-out over HTTP: the BSrE look-alike's slow NIK answers after 3 s, the adapter gives up
// after 1 s, after the document was sent. The naskah must become "belum pasti", not failed.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { BELUM_PASTI_TIDAK_TERKONFIRMASI, SignNaskahError } from '@/lib/domain/tanda-tangan/sign-naskah-error';
import { reconcileBelumPasti } from '@/lib/services/tanda-tangan/reconcile-belum-pasti';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { BsreSigner } from '@/lib/signing/bsre/bsre-signer';
import { MOCK_BSRE_NIK, MOCK_BSRE_PASSPHRASE, provisionMockBsreFixtures } from '@/lib/signing/bsre/mock/fixtures';
import { createMockCaBackend } from '@/lib/signing/bsre/mock/mock-ca-backend';
import { createMockBsreServer } from '@/lib/signing/bsre/mock/server';
import { actorFor } from '../support/actors';
import { randomNik } from '../support/factories';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';
import { BSRE_CLIENT as CLIENT, startBsreLookAlike, type BsreLookAlike } from '../signing/support/bsre-look-alike';

let lookAlike: BsreLookAlike;
let url: string;
let signed = 0;
let pki: BsreLookAlike['pki'];

beforeAll(async () => {
  lookAlike = await startBsreLookAlike('belum-pasti-bsre', async () => {
    const backend = createMockCaBackend({ overrides: await provisionMockBsreFixtures({ slowMs: 3_000 }) });
    return createMockBsreServer({ backend: { ...backend, sign: async (r) => (await backend.sign(r).finally(() => signed++)) }, ...CLIENT });
  });
  ({ url, pki } = lookAlike);
});

afterAll(() => lookAlike.close());

describe('BSrE answers after the adapter gave up', () => {
  it('marks the naskah "status belum pasti" although BSrE signed it, and signs again with the same number only when the signer asks', async () => {
    const w = await createSigningWorld();
    // The slow fixture NIK belongs to this world's kepala (NIK is unique: free it first).
    await prisma.pegawai.updateMany({ where: { nik: MOCK_BSRE_NIK.slow }, data: { nik: randomNik() } });
    await prisma.pegawai.update({ where: { id: w.kepala.id }, data: { nik: MOCK_BSRE_NIK.slow } });
    const kepala = await actorFor(w.kepala.id);
    const naskah = await createNaskahMenungguTandaTangan(w);
    const impatient = new BsreSigner({ url, ...CLIENT, apiVersion: 'v1', signTimeoutMs: 1_000, statusTimeoutMs: 5_000, tsaUrl: `${pki.baseUrl}/api/pki/tsa` });

    const error = await signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: MOCK_BSRE_PASSPHRASE }, impatient).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(SignNaskahError);
    expect((error as SignNaskahError).code).toBe('BELUM_PASTI');
    expect((error as SignNaskahError).message).toContain('mungkin sudah ditandatangani');
    // BSrE did sign it, after the adapter had stopped waiting: the outcome really was unknown.
    await expect.poll(() => signed, { timeout: 10_000 }).toBe(1);
    const pending = await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } });
    expect(pending).toMatchObject({ status: 'MENUNGGU_TANDA_TANGAN', nomorUrut: 1, idDokumenPenanda: null });
    expect(pending.tandaTanganBelumPastiSejak).not.toBeNull();
    // No answer began, so there is no id_dokumen to ask BSrE about: the signer must check.
    await expect(reconcileBelumPasti({ actor: kepala, naskahId: naskah.id }, impatient)).rejects.toThrow(BELUM_PASTI_TIDAK_TERKONFIRMASI);
    expect(signed).toBe(1);

    const patient = new BsreSigner({ url, ...CLIENT, apiVersion: 'v1', signTimeoutMs: 20_000, statusTimeoutMs: 5_000, tsaUrl: `${pki.baseUrl}/api/pki/tsa` });
    const done = await signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: MOCK_BSRE_PASSPHRASE, ulangiBelumPasti: true }, patient);
    expect(done.nomor).toBe(pending.nomor);
    expect(signed).toBe(2);
    expect(await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } })).toMatchObject({ status: 'DITANDATANGANI', nomorUrut: 1, tandaTanganBelumPastiSejak: null });
  }, 120_000);
});

/** A world whose kepala holds the fixture NIK whose v1 answers send their headers and then stall. */
async function slowBodySigner() {
  const w = await createSigningWorld();
  await prisma.pegawai.updateMany({ where: { nik: MOCK_BSRE_NIK.slowBody }, data: { nik: randomNik() } });
  await prisma.pegawai.update({ where: { id: w.kepala.id }, data: { nik: MOCK_BSRE_NIK.slowBody } });
  return { w, kepala: await actorFor(w.kepala.id) };
}

const v1 = (signTimeoutMs: number) => new BsreSigner({ url, ...CLIENT, apiVersion: 'v1', signTimeoutMs, statusTimeoutMs: 5_000, tsaUrl: `${pki.baseUrl}/api/pki/tsa` });

describe('reconciling a "belum pasti" naskah with BSrE v1 (id_dokumen, download once)', () => {
  it('fetches the document BSrE signed and records it with the kept number, without signing again', async () => {
    const { w, kepala } = await slowBodySigner();
    const naskah = await createNaskahMenungguTandaTangan(w);
    const before = signed;
    const error = await signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: MOCK_BSRE_PASSPHRASE }, v1(1_000)).catch((e: unknown) => e);
    expect((error as SignNaskahError).code).toBe('BELUM_PASTI');
    expect((error as SignNaskahError).message).toContain('Periksa hasil di BSrE');
    const pending = await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } });
    expect(pending.idDokumenPenanda).toMatch(/^[0-9a-f]{32}$/);
    expect(signed - before).toBe(1);

    const done = await reconcileBelumPasti({ actor: kepala, naskahId: naskah.id }, v1(20_000));
    expect(done.nomor).toBe(pending.nomor);
    expect(signed - before).toBe(1);
    const after = await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id }, include: { berkasUtama: true, deliveries: true } });
    expect(after).toMatchObject({ status: 'DITANDATANGANI', nomorUrut: 1, tandaTanganBelumPastiSejak: null, idDokumenPenanda: null, gagalTandaTanganAlasan: null });
    expect(after.berkasUtama?.jenis).toBe('FINAL');
    expect(after.deliveries.length).toBeGreaterThan(0);
    expect(await prisma.auditLog.count({ where: { entityId: naskah.id, action: 'naskah.sign' } })).toBe(1);
    // Settled: a second check has nothing to do.
    await expect(reconcileBelumPasti({ actor: kepala, naskahId: naskah.id }, v1(20_000))).rejects.toThrow();
  }, 120_000);

  it('tells the signer to check when BSrE answers the download 404 "sudah didownload", then signs again only when asked', async () => {
    const { w, kepala } = await slowBodySigner();
    const naskah = await createNaskahMenungguTandaTangan(w);
    await signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: MOCK_BSRE_PASSPHRASE }, v1(1_000)).catch(() => undefined);
    const pending = await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } });
    // Someone (another tab, BSrE's own portal) took the one download first.
    const taken = await fetch(`${url}/api/sign/download/${pending.idDokumenPenanda}`, { headers: { authorization: `Basic ${Buffer.from(`${CLIENT.user}:${CLIENT.password}`).toString('base64')}` } });
    expect(taken.status).toBe(200);
    const again = await fetch(`${url}/api/sign/download/${pending.idDokumenPenanda}`, { headers: { authorization: `Basic ${Buffer.from(`${CLIENT.user}:${CLIENT.password}`).toString('base64')}` } });
    expect(again.status).toBe(404);
    expect(await again.json()).toMatchObject({ status_code: 4044 });

    await expect(reconcileBelumPasti({ actor: kepala, naskahId: naskah.id }, v1(20_000))).rejects.toThrow(BELUM_PASTI_TIDAK_TERKONFIRMASI);
    const unsettled = await prisma.naskah.findUniqueOrThrow({ where: { id: naskah.id } });
    expect(unsettled).toMatchObject({ status: 'MENUNGGU_TANDA_TANGAN', idDokumenPenanda: null, gagalTandaTanganAlasan: BELUM_PASTI_TIDAK_TERKONFIRMASI });
    expect(await prisma.auditLog.count({ where: { entityId: naskah.id, action: 'naskah.reconcileFail' } })).toBe(1);

    await expect(signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: MOCK_BSRE_PASSPHRASE }, v1(20_000))).rejects.toThrow('Centang');
    const done = await signNaskah({ actor: kepala, naskahId: naskah.id, passphrase: MOCK_BSRE_PASSPHRASE, ulangiBelumPasti: true }, v1(20_000));
    expect(done.nomor).toBe(pending.nomor);
  }, 120_000);
});
