import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { registerSuratMasukSchema } from '@/lib/domain/surat-masuk/registration-schema';
import { importJraCsv } from '@/lib/services/arsip/import-jra-csv';
import { listDaftarArsip } from '@/lib/services/arsip/list-daftar-arsip';
import { createBerkasArsip } from '@/lib/services/arsip/create-berkas-arsip';
import { moveArsip } from '@/lib/services/arsip/move-arsip';
import { updateJra } from '@/lib/services/arsip/update-jra';
import { registerSuratMasuk } from '@/lib/services/pencatatan/register-surat-masuk';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { asFile, tinyPdf } from '../../support/fixtures';
import { actorFor } from '../support/actors';
import { createPegawai, createPencatat, grantRole } from '../support/factories';
import { passThroughSigner } from '../support/fake-signers';
import { createNaskahMenungguTandaTangan, createSigningWorld } from '../support/naskah-factories';

beforeAll(() => {
  process.env.STORAGE_DIR = mkdtempSync(path.join(tmpdir(), 'file-arsip-'));
});

const day = (d: Date | null) => d?.toISOString().slice(0, 10) ?? null;

async function adminInstansi(instansiId: string, opdId: string) {
  const p = await createPegawai(instansiId, opdId);
  await grantRole(instansiId, p.id, 'ADMIN_INSTANSI', null);
  return actorFor(p.id);
}

describe('every record files itself', () => {
  it('a signed naskah becomes an arsip of the drafter unit, in the folder of its klasifikasi and year, with JRA dates', async () => {
    const w = await createSigningWorld();
    await prisma.klasifikasiArsip.update({ where: { id: w.klasifikasi.id }, data: { retensiAktif: 2, retensiInaktif: 3, keteranganRetensi: 'MUSNAH' } });
    const naskah = await createNaskahMenungguTandaTangan(w);
    await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: naskah.id, passphrase: 'Rahasia#Uji123', now: new Date('2026-03-10T03:00:00Z') }, passThroughSigner());

    const arsip = await prisma.arsip.findUniqueOrThrow({ where: { naskahId: naskah.id }, include: { berkasArsip: true } });
    expect(arsip).toMatchObject({ status: 'AKTIF', unitKerjaId: w.staf.jabatan.unitKerjaId, klasifikasiArsipId: w.klasifikasi.id, keterangan: 'MUSNAH' });
    expect([day(arsip.tanggal), day(arsip.aktifSampai), day(arsip.inaktifSampai)]).toEqual(['2026-03-10', '2028-03-09', '2031-03-09']);
    expect(arsip.berkasArsip).toMatchObject({ tahun: 2026, klasifikasiArsipId: w.klasifikasi.id, judul: `${w.klasifikasi.kode} ${w.klasifikasi.nama} 2026` });
    expect(await prisma.auditLog.count({ where: { entityType: 'Arsip', entityId: arsip.id, action: 'arsip.file' } })).toBe(1);

    const second = await createNaskahMenungguTandaTangan(w);
    await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: second.id, passphrase: 'Rahasia#Uji123', now: new Date('2026-03-11T03:00:00Z') }, passThroughSigner());
    const other = await prisma.arsip.findUniqueOrThrow({ where: { naskahId: second.id } });
    expect(other.berkasArsipId).toBe(arsip.berkasArsipId);

    const daftar = await listDaftarArsip(await actorFor(w.staf.pegawai.id));
    expect(daftar.unit?.id).toBe(w.staf.jabatan.unitKerjaId);
    expect(daftar.berkas.flatMap((b) => b.arsip.map((a) => a.naskah.id))).toEqual([naskah.id, second.id]);
    const kabid2 = await listDaftarArsip(await actorFor(w.kabid2.pegawai.id));
    expect(kabid2.berkas.flatMap((b) => b.arsip)).toEqual([]);
  });

  it('a registered surat masuk becomes an arsip of the registering unit; no JRA means no dates', async () => {
    const w = await createSigningWorld();
    const { jabatan: tu, pegawai: p } = await createPencatat(w);
    const input = registerSuratMasukSchema.parse({ nomor: '005/1/X', tanggalSurat: '2026-11-20', pengirimNama: 'Kementerian Uji', perihal: 'Undangan', klasifikasiArsipId: w.klasifikasi.id, pindaian: asFile(await tinyPdf(), 's.pdf') });
    const naskah = await registerSuratMasuk(await actorFor(p.id), input, new Date('2026-11-21T02:00:00Z'));
    const arsip = await prisma.arsip.findUniqueOrThrow({ where: { naskahId: naskah.id } });
    expect(arsip).toMatchObject({ unitKerjaId: tu.unitKerjaId, aktifSampai: null, inaktifSampai: null, keterangan: null });
    expect(day(arsip.tanggal)).toBe('2026-11-20');

    // The JRA arrives later: the filed record gets its dates.
    const admin = await adminInstansi(w.instansi.id, w.opd.id);
    // The factory's code has a long random segment; the instansi is fresh, so a real-looking code is free.
    await prisma.klasifikasiArsip.update({ where: { id: w.klasifikasi.id }, data: { kode: '000.1.2' } });
    const csv = 'kode,retensi_aktif,retensi_inaktif,keterangan\n000.1.2,1,4,Permanen\n';
    const dry = await importJraCsv(admin, { bytes: new TextEncoder().encode(csv), dryRun: true });
    expect(dry).toMatchObject({ ok: true, count: 1 });
    expect((await prisma.klasifikasiArsip.findUniqueOrThrow({ where: { id: w.klasifikasi.id } })).keteranganRetensi).toBeNull();
    const done = await importJraCsv(admin, { bytes: new TextEncoder().encode(csv), dryRun: false });
    expect(done).toMatchObject({ ok: true, count: 1, arsipDiperbarui: 1 });
    const dated = await prisma.arsip.findUniqueOrThrow({ where: { id: arsip.id } });
    expect([day(dated.aktifSampai), day(dated.inaktifSampai), dated.keterangan]).toEqual(['2027-11-19', '2031-11-19', 'PERMANEN']);

    await updateJra(admin, { klasifikasiId: w.klasifikasi.id, retensiAktif: 2, retensiInaktif: 0, keterangan: 'DINILAI_KEMBALI' });
    const redated = await prisma.arsip.findUniqueOrThrow({ where: { id: arsip.id } });
    expect([day(redated.aktifSampai), day(redated.inaktifSampai), redated.keterangan]).toEqual(['2028-11-19', '2028-11-19', 'DINILAI_KEMBALI']);
    expect(await prisma.auditLog.count({ where: { entityId: w.klasifikasi.id, action: 'jra.update' } })).toBe(1);
  });

  it('computes retention dates for every JRA keterangan', async () => {
    const w = await createSigningWorld();
    const kepala = await actorFor(w.kepala.id);
    const cases = [
      ['MUSNAH', 1, 2, '2027-06-14', '2029-06-14'],
      ['PERMANEN', 5, 10, '2031-06-14', '2041-06-14'],
      ['DINILAI_KEMBALI', 0, 3, '2026-06-15', '2029-06-14'],
    ] as const;
    for (const [keterangan, aktif, inaktif, aktifSampai, inaktifSampai] of cases) {
      await prisma.klasifikasiArsip.update({ where: { id: w.klasifikasi.id }, data: { retensiAktif: aktif, retensiInaktif: inaktif, keteranganRetensi: keterangan } });
      const n = await createNaskahMenungguTandaTangan(w);
      await signNaskah({ actor: kepala, naskahId: n.id, passphrase: 'Rahasia#Uji123', now: new Date('2026-06-15T03:00:00Z') }, passThroughSigner());
      const a = await prisma.arsip.findUniqueOrThrow({ where: { naskahId: n.id } });
      expect([a.keterangan, day(a.aktifSampai), day(a.inaktifSampai)]).toEqual([keterangan, aktifSampai, inaktifSampai]);
    }
  });

  it("the Daftar Arsip Inaktif lists only berkas holding inactive records; the unit's empty berkas stay on the Aktif one", async () => {
    const w = await createSigningWorld();
    const [first, second] = [await createNaskahMenungguTandaTangan(w), await createNaskahMenungguTandaTangan(w)];
    for (const n of [first, second]) await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: n.id, passphrase: 'Rahasia#Uji123' }, passThroughSigner());
    // The staf also keeps the OPD's archive (penyusutan), so both lists are theirs to read.
    await grantRole(w.instansi.id, w.staf.pegawai.id, 'ADMIN_OPD', w.opd.id);
    const staf = await actorFor(w.staf.pegawai.id);
    const { berkasArsipId: kosong } = await createBerkasArsip(staf, { judul: 'Berkas belum terisi', klasifikasiArsipId: null });
    const pindah = await prisma.arsip.update({ where: { naskahId: first.id }, data: { status: 'INAKTIF' } });

    const inaktif = await listDaftarArsip(staf, 'INAKTIF');
    expect(inaktif.berkas.map((b) => ({ id: b.id, nomor: b.nomor, arsip: b.arsip.map((a) => a.id) }))).toEqual([{ id: pindah.berkasArsipId, nomor: 1, arsip: [pindah.id] }]);
    const aktif = await listDaftarArsip(staf, 'AKTIF');
    expect(aktif.berkas.map((b) => [b.id, b.arsip.length])).toEqual([
      [pindah.berkasArsipId, 1],
      [kosong, 0],
    ]);
  });

  it('the unit groups its records into its own berkas; another unit cannot', async () => {
    const w = await createSigningWorld();
    const n = await createNaskahMenungguTandaTangan(w);
    await signNaskah({ actor: await actorFor(w.kepala.id), naskahId: n.id, passphrase: 'Rahasia#Uji123' }, passThroughSigner());
    const arsip = await prisma.arsip.findUniqueOrThrow({ where: { naskahId: n.id } });
    const staf = await actorFor(w.staf.pegawai.id);
    const { berkasArsipId } = await createBerkasArsip(staf, { judul: 'Rapat koordinasi TIK', klasifikasiArsipId: null });
    expect(await moveArsip(staf, { berkasArsipId, arsipIds: [arsip.id] })).toEqual({ moved: 1 });
    expect((await prisma.arsip.findUniqueOrThrow({ where: { id: arsip.id } })).berkasArsipId).toBe(berkasArsipId);
    expect(await prisma.auditLog.count({ where: { entityType: 'Arsip', entityId: arsip.id, action: 'arsip.move' } })).toBe(1);

    const other = await actorFor(w.kabid2.pegawai.id);
    await expect(moveArsip(other, { berkasArsipId, arsipIds: [arsip.id] })).rejects.toBeInstanceOf(NotFoundError);
    await expect(updateJra(staf, { klasifikasiId: w.klasifikasi.id, retensiAktif: 1, retensiInaktif: 1, keterangan: 'MUSNAH' })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(importJraCsv(staf, { bytes: new Uint8Array(), dryRun: true })).rejects.toBeInstanceOf(ForbiddenError);
  });
});
