import { describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { ForbiddenError } from '@/lib/domain/errors';
import { resolveFilter } from '@/lib/domain/laporan/periode';
import { rincianSchema } from '@/lib/domain/laporan/rincian';
import { refreshLaporan } from '@/lib/jobs/refresh-laporan';
import { listRincian } from '@/lib/services/laporan/list-rincian';
import { actorFor } from '../support/actors';
import { createPegawai, grantRole } from '../support/factories';
import { createLaporanWorld, NOW, OKTOBER } from './laporan-world';

const rincian = (q: Record<string, string>) => rincianSchema.parse(q);

describe('the lists behind the figures', () => {
  it('lists what each figure counted', async () => {
    const w = await createLaporanWorld();
    await refreshLaporan({ now: NOW });
    const kepala = await actorFor(w.kepala.id);
    const filter = resolveFilter(OKTOBER, NOW);

    const penting = await listRincian(kepala, filter, rincian({ rincian: 'surat-masuk', nilai: 'sifat:Penting' }), NOW);
    expect(penting.baris.map((b) => b.perihal).sort()).toEqual(['Permohonan data', 'Undangan rapat anggaran']);
    const terlambat = await listRincian(kepala, filter, rincian({ rincian: 'disposisi', nilai: 'terlambat' }), NOW);
    expect(terlambat.baris.map((b) => b.id)).toEqual([w.keSekretaris.id]);
    const lateDone = await listRincian(kepala, filter, rincian({ rincian: 'disposisi', nilai: 'selesai-terlambat' }), NOW);
    expect(lateDone.baris).toHaveLength(1);
    expect(lateDone.baris[0]!.keterangan).toContain('selesai dalam 4 hari');
    const nota = await listRincian(kepala, filter, rincian({ rincian: 'naskah-keluar', nilai: 'NOTA_DINAS' }), NOW);
    expect(nota.baris.map((b) => b.naskahId)).toEqual([w.nota.id]);
    const paraf = await listRincian(kepala, filter, rincian({ rincian: 'tunggu', nilai: '1' }), NOW);
    expect(paraf.baris.map((b) => b.keterangan)).toEqual([`Menunggu 1 hari 6 jam di ${w.kabid.jabatan.nama}`]);
    const gagal = await listRincian(kepala, filter, rincian({ rincian: 'gagal-ttd', nilai: 'WRONG_PASSPHRASE' }), NOW);
    expect(gagal.baris).toHaveLength(2);
    // A value no figure has is an empty list, not an error.
    expect((await listRincian(kepala, filter, rincian({ rincian: 'naskah-keluar', nilai: 'BUKAN_JENIS' }), NOW)).baris).toEqual([]);
  });

  it('never names a Rahasia letter to someone who may not open it', async () => {
    const w = await createLaporanWorld();
    await refreshLaporan({ now: NOW });
    const filter = resolveFilter(OKTOBER, NOW);
    const kilat = rincian({ rincian: 'surat-masuk', nilai: 'derajat:SANGAT_SEGERA' });

    // Delivered to the Kepala: the Kepala sees it in the list.
    expect((await listRincian(await actorFor(w.kepala.id), filter, kilat, NOW)).baris.map((b) => b.naskahId)).toEqual([w.rahasia.naskahId]);
    // The admin OPD and the admin instansi read the figures but not this letter.
    const adminOpd = await createPegawai(w.instansi.id, w.opd.id);
    await grantRole(w.instansi.id, adminOpd.id, 'ADMIN_OPD', w.opd.id);
    const admin = await createPegawai(w.instansi.id, w.opd.id);
    await grantRole(w.instansi.id, admin.id, 'ADMIN_INSTANSI', null);
    for (const id of [adminOpd.id, admin.id]) {
      const actor = await actorFor(id);
      expect((await listRincian(actor, resolveFilter({ ...OKTOBER, opd: w.opd.id }, NOW), kilat, NOW)).baris).toEqual([]);
      const all = await listRincian(actor, resolveFilter({ ...OKTOBER, opd: w.opd.id }, NOW), rincian({ rincian: 'surat-masuk' }), NOW);
      expect(all.baris.map((b) => b.perihal)).not.toContain('Laporan pemeriksaan khusus');
      expect(all.baris).toHaveLength(3);
    }
    // It was disposed to the sekretaris, so their disposisi list names it; the admin's does not.
    const sekretaris = await actorFor(w.sekretaris.pegawai.id);
    expect((await listRincian(sekretaris, filter, rincian({ rincian: 'disposisi', nilai: 'terlambat' }), NOW)).baris.map((b) => b.naskahId)).toEqual([w.rahasia.naskahId]);
    expect((await listRincian(await actorFor(adminOpd.id), resolveFilter({ ...OKTOBER, opd: w.opd.id }, NOW), rincian({ rincian: 'disposisi', nilai: 'terlambat' }), NOW)).baris).toEqual([]);

    // The waits at a paraf step come from their own rollup: a signed nota the admin OPD may list
    // while it is Biasa, and may not once it is Rahasia; the Kepala, who signed it, still may.
    const paraf = rincian({ rincian: 'tunggu', nilai: '1' });
    const opdFilter = resolveFilter({ ...OKTOBER, opd: w.opd.id }, NOW);
    expect((await listRincian(await actorFor(adminOpd.id), opdFilter, paraf, NOW)).baris.map((b) => b.naskahId)).toEqual([w.nota.id]);
    await prisma.naskah.update({ where: { id: w.nota.id }, data: { klasifikasiKeamanan: 'RAHASIA' } });
    await refreshLaporan({ now: NOW });
    expect((await listRincian(await actorFor(adminOpd.id), opdFilter, paraf, NOW)).baris).toEqual([]);
    expect((await listRincian(await actorFor(w.kepala.id), filter, paraf, NOW)).baris.map((b) => b.naskahId)).toEqual([w.nota.id]);
  });

  it('refuses a pegawai without a report scope', async () => {
    const w = await createLaporanWorld();
    await expect(listRincian(await actorFor(w.staf.pegawai.id), resolveFilter(OKTOBER, NOW), rincian({ rincian: 'surat-masuk' }), NOW)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
