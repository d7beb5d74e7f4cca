import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { DomainError, ForbiddenError } from '@/lib/domain/errors';
import { cancelPenyusutan } from '@/lib/services/arsip/cancel-penyusutan';
import { createPenyusutan } from '@/lib/services/arsip/create-penyusutan';
import { executePenyusutan } from '@/lib/services/arsip/execute-penyusutan';
import { listPenyusutanDue } from '@/lib/services/arsip/list-penyusutan-due';
import { approveNaskah } from '@/lib/services/naskah/approve-naskah';
import { submitForReview } from '@/lib/services/naskah/submit-for-review';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { getStorage } from '@/lib/storage';
import { actorFor } from '../support/actors';
import { grantRole } from '../support/factories';
import { passThroughSigner } from '../support/fake-signers';
import { createNaskahMenungguTandaTangan, createSigningWorld, type SigningWorld } from '../support/naskah-factories';

beforeAll(() => {
  process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'penyusutan-'));
});

const PASS = 'Rahasia#Uji123';
const TODAY = new Date('2026-11-30T03:00:00Z');

/** A signed naskah dated `on` under the world's klasifikasi. */
async function signedOn(w: SigningWorld, on: string) {
  const n = await createNaskahMenungguTandaTangan(w);
  await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: n.id, passphrase: PASS, now: new Date(`${on}T03:00:00Z`) }, passThroughSigner());
  return prisma.arsip.findUniqueOrThrow({ where: { naskahId: n.id }, include: { naskah: { include: { berkasUtama: true } } } });
}

async function world(keterangan: 'MUSNAH' | 'PERMANEN' | 'DINILAI_KEMBALI', aktif = 1, inaktif = 2) {
  const w = await createSigningWorld();
  await prisma.klasifikasiArsip.update({ where: { id: w.klasifikasi.id }, data: { retensiAktif: aktif, retensiInaktif: inaktif, keteranganRetensi: keterangan } });
  for (const [kode, nama] of [['000.5.6.1', 'Pemindahan Arsip'], ['000.5.6.2', 'Pemusnahan Arsip'], ['000.5.6.3', 'Penyerahan Arsip Statis']]) {
    await prisma.klasifikasiArsip.create({ data: { instansiId: w.instansi.id, kode: kode!, nama: nama!, retensiAktif: 2, retensiInaktif: 8, keteranganRetensi: 'PERMANEN' } });
  }
  // The staf keeps the OPD's records: admin OPD, drafting from their own post.
  await grantRole(w.instansi.id, w.staf.pegawai.id, 'ADMIN_OPD', w.opd.id);
  return { w, arsiparis: await actorFor(w.staf.pegawai.id) };
}

/** The berita acara through the normal flow: paraf by the kabid, signature by the kepala. */
async function approveBeritaAcara(w: SigningWorld, naskahId: string, arsiparis: Awaited<ReturnType<typeof actorFor>>) {
  await submitForReview(arsiparis, { naskahId, verifikator: [w.kabid.jabatan.id] }, TODAY);
  await approveNaskah(await actorFor(w.kabid.pegawai.id), naskahId, TODAY);
  return signNaskah({ actor: await actorFor(w.kepala.id), naskahId, passphrase: PASS, now: TODAY }, passThroughSigner());
}

describe('penyusutan', () => {
  it('lists what is due for each end, and nothing that is not', async () => {
    const { w, arsiparis } = await world('MUSNAH');
    const old = await signedOn(w, '2022-01-10'); // inactive period over: usul musnah
    const mid = await signedOn(w, '2025-05-10'); // active period over: pindah
    const fresh = await signedOn(w, '2026-10-01'); // still active
    const due = await listPenyusutanDue(arsiparis, TODAY);
    const ids = (k: keyof typeof due) => due[k].map((a) => a.id);
    expect(ids('USUL_MUSNAH')).toContain(old.id);
    expect(ids('PINDAH')).toContain(mid.id);
    expect(Object.values(due).flat().map((a) => a.id)).not.toContain(fresh.id);
    await expect(listPenyusutanDue(await actorFor(w.kabid2.pegawai.id), TODAY)).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('destroys records only after the berita acara is signed: files removed and recorded, metadata kept', async () => {
    const { w, arsiparis } = await world('MUSNAH');
    const a = await signedOn(w, '2022-01-10');
    const b = await signedOn(w, '2021-03-02');
    const notDue = await signedOn(w, '2026-10-01');
    await expect(createPenyusutan(arsiparis, { jenis: 'PEMUSNAHAN', arsipIds: [a.id, notDue.id] }, TODAY)).rejects.toThrow('belum jatuh tempo');

    const { penyusutanId, naskahId } = await createPenyusutan(arsiparis, { jenis: 'PEMUSNAHAN', arsipIds: [a.id, b.id] }, TODAY);
    const ba = await prisma.naskah.findUniqueOrThrow({ where: { id: naskahId } });
    expect(ba).toMatchObject({ jenis: 'BERITA_ACARA', status: 'KONSEP', penandatanganJabatanId: w.kepalaJabatan.id, pembuatJabatanId: w.staf.jabatan.id });
    const isi = (ba.konten as { isi: string }).isi;
    expect(isi).toContain('DAFTAR ARSIP USUL MUSNAH');
    expect(isi).toContain('sebanyak 2 (dua) berkas');
    expect(isi).toContain(a.naskah.perihal);
    // On a list already: not offered again, and not put on a second list.
    expect((await listPenyusutanDue(arsiparis, TODAY)).USUL_MUSNAH.map((r) => r.id)).not.toContain(a.id);
    await expect(createPenyusutan(arsiparis, { jenis: 'PEMUSNAHAN', arsipIds: [a.id] }, TODAY)).rejects.toThrow('sudah ada di daftar lain');
    await expect(executePenyusutan(arsiparis, penyusutanId, TODAY)).rejects.toThrow('setelah berita acaranya ditandatangani');

    await approveBeritaAcara(w, naskahId, arsiparis);
    expect(await prisma.penyusutan.findUniqueOrThrow({ where: { id: penyusutanId } })).toMatchObject({ status: 'DISETUJUI' });
    expect(await prisma.auditLog.count({ where: { entityId: penyusutanId, action: 'penyusutan.approve' } })).toBe(1);

    await expect(executePenyusutan(await actorFor(w.kabid2.pegawai.id), penyusutanId, TODAY)).rejects.toBeInstanceOf(ForbiddenError);
    const result = await executePenyusutan(arsiparis, penyusutanId, TODAY);
    expect(result).toEqual({ jumlah: 2, berkasDihapus: 2 });
    for (const r of [a, b]) {
      const after = await prisma.arsip.findUniqueOrThrow({ where: { id: r.id }, include: { naskah: { include: { berkasUtama: true } } } });
      expect(after.status).toBe('MUSNAH');
      expect(after.berkasDihapusPada).not.toBeNull();
      expect(after.naskah.perihal).toBe(r.naskah.perihal);
      expect(after.naskah.berkasUtama?.sha256).toBe(r.naskah.berkasUtama!.sha256);
      expect(await getStorage().get(r.naskah.berkasUtama!.storageKey)).toBeNull();
      const removal = await prisma.auditLog.findFirstOrThrow({ where: { entityType: 'Arsip', entityId: r.id, action: 'arsip.deleteFiles' } });
      expect(JSON.stringify(removal.after)).toContain(r.naskah.berkasUtama!.sha256);
    }
    // The berita acara itself stays, filed, with its signed PDF.
    const baArsip = await prisma.arsip.findUniqueOrThrow({ where: { naskahId }, include: { naskah: { include: { berkasUtama: true } } } });
    expect(baArsip.status).toBe('AKTIF');
    expect(await getStorage().get(baArsip.naskah.berkasUtama!.storageKey)).not.toBeNull();
    expect((await getStorage().get(notDue.naskah.berkasUtama!.storageKey))).not.toBeNull();
    await expect(executePenyusutan(arsiparis, penyusutanId, TODAY)).rejects.toBeInstanceOf(DomainError);
  });

  it('pemindahan moves records to inaktif; a cancelled list frees its records', async () => {
    const { w, arsiparis } = await world('PERMANEN');
    const a = await signedOn(w, '2025-05-10');
    const first = await createPenyusutan(arsiparis, { jenis: 'PEMINDAHAN', arsipIds: [a.id] }, TODAY);
    await cancelPenyusutan(arsiparis, first.penyusutanId);
    expect(await prisma.naskah.findUniqueOrThrow({ where: { id: first.naskahId } })).toMatchObject({ status: 'DIBATALKAN' });
    const { penyusutanId, naskahId } = await createPenyusutan(arsiparis, { jenis: 'PEMINDAHAN', arsipIds: [a.id] }, TODAY);
    await approveBeritaAcara(w, naskahId, arsiparis);
    await expect(cancelPenyusutan(arsiparis, penyusutanId)).rejects.toBeInstanceOf(DomainError);
    await executePenyusutan(arsiparis, penyusutanId, TODAY);
    expect(await prisma.arsip.findUniqueOrThrow({ where: { id: a.id } })).toMatchObject({ status: 'INAKTIF' });
    // Pindah is not a way to serah: the record is not due for its end yet.
    await expect(createPenyusutan(arsiparis, { jenis: 'PENYERAHAN', arsipIds: [a.id] }, TODAY)).rejects.toThrow('belum jatuh tempo');
  });
});
