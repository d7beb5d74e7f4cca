import { describe, expect, it } from 'vitest';
import { ForbiddenError } from '@/lib/domain/errors';
import { resolveFilter } from '@/lib/domain/laporan/periode';
import { refreshLaporan } from '@/lib/jobs/refresh-laporan';
import { getLaporan } from '@/lib/services/laporan/get-laporan';
import { actorFor } from '../support/actors';
import { createInstansi, createOpd, createPegawai, grantRole } from '../support/factories';
import { createLaporanWorld, NOW, OKTOBER } from './laporan-world';

describe('report figures on a known month', () => {
  it('counts surat masuk, disposisi, naskah keluar, waits and signing failures exactly', async () => {
    const w = await createLaporanWorld();
    await refreshLaporan({ now: NOW });
    const kepala = await actorFor(w.kepala.id);
    const r = await getLaporan(kepala, resolveFilter(OKTOBER, NOW), NOW);

    expect(r.opd?.id).toBe(w.opd.id);
    expect(r.diperbaruiPada).toEqual(NOW);
    expect(r.suratMasuk.total).toBe(4);
    expect(r.suratMasuk.perSifat.map((b) => [b.label, b.jumlah])).toEqual([['Penting', 2], ['Biasa', 1], ['Tidak dicantumkan', 1]]);
    expect(r.suratMasuk.perDerajat.map((b) => [b.kunci, b.jumlah])).toEqual([['SANGAT_SEGERA', 1], ['SEGERA', 1], ['BIASA', 2]]);

    expect(r.disposisi).toMatchObject({ total: 4, selesai: 2, persenSelesai: 50, medianJamSelesai: 24, selesaiTerlambat: 1, terlambat: 1 });
    expect(r.disposisi.perOrang).toEqual([{ jabatanId: w.sekretaris.jabatan.id, jabatan: w.sekretaris.jabatan.nama, pegawai: w.sekretaris.pegawai.nama, terlambat: 1 }]);
    const perUnit = Object.fromEntries(r.disposisi.perUnit.map((u) => [u.kunci, [u.total, u.selesai, u.terlambat]]));
    expect(perUnit).toEqual({
      [w.kabid.jabatan.unitKerjaId]: [1, 1, 0],
      [w.kabid2.jabatan.unitKerjaId]: [1, 1, 0],
      [w.sekretaris.jabatan.unitKerjaId]: [1, 0, 1],
      [w.staf.jabatan.unitKerjaId]: [1, 0, 0],
    });

    expect(r.naskahKeluar.total).toBe(2);
    expect(r.naskahKeluar.perJenis.map((b) => [b.label, b.jumlah])).toEqual([['Nota Dinas', 1], ['Surat Dinas', 1]]);
    expect(r.naskahKeluar.medianJamKonsepKeTtd).toBe(10);
    expect(r.tunggu.perLangkah.map((l) => [l.label, l.kali, l.rataJam, l.terlamaDi])).toEqual([
      ['Penyusunan konsep', 1, 6, w.staf.jabatan.nama],
      ['Paraf ke-1', 1, 30, w.kabid.jabatan.nama],
      ['Tanda tangan', 2, 11, w.kepalaJabatan.nama],
    ]);

    expect(r.gagalTtd.total).toBe(3);
    expect(r.gagalTtd.perAlasan.map((b) => [b.label, b.jumlah])).toEqual([['Passphrase salah', 2], ['Sertifikat kedaluwarsa', 1]]);
  });

  it('narrows to a unit: only the posts of that unit', async () => {
    const w = await createLaporanWorld();
    await refreshLaporan({ now: NOW });
    const kepala = await actorFor(w.kepala.id);
    const r = await getLaporan(kepala, resolveFilter({ ...OKTOBER, opd: w.opd.id, unit: w.kabid2.jabatan.unitKerjaId }, NOW), NOW);
    expect(r.unit?.id).toBe(w.kabid2.jabatan.unitKerjaId);
    expect(r.disposisi).toMatchObject({ total: 1, selesai: 1, selesaiTerlambat: 1, terlambat: 0, medianJamSelesai: 96 });
    expect(r.suratMasuk.total).toBe(0);
  });

  it('each role sees only its scope', async () => {
    const w = await createLaporanWorld();
    await refreshLaporan({ now: NOW });
    const filter = resolveFilter(OKTOBER, NOW);

    // The sekretaris who routes for the Kepala reads the OPD's report; a Kabid and a staf do not.
    expect((await getLaporan(await actorFor(w.sekretaris.pegawai.id), filter, NOW)).suratMasuk.total).toBe(4);
    await expect(getLaporan(await actorFor(w.kabid.pegawai.id), filter, NOW)).rejects.toBeInstanceOf(ForbiddenError);
    await expect(getLaporan(await actorFor(w.staf.pegawai.id), filter, NOW)).rejects.toBeInstanceOf(ForbiddenError);

    // An admin OPD of this OPD reads it; of another OPD, asking for this one is refused.
    const adminHere = await createPegawai(w.instansi.id, w.opd.id);
    await grantRole(w.instansi.id, adminHere.id, 'ADMIN_OPD', w.opd.id);
    expect((await getLaporan(await actorFor(adminHere.id), filter, NOW)).disposisi.total).toBe(4);
    const otherOpd = await createOpd(w.instansi.id);
    const adminThere = await createPegawai(w.instansi.id, otherOpd.id);
    await grantRole(w.instansi.id, adminThere.id, 'ADMIN_OPD', otherOpd.id);
    await expect(getLaporan(await actorFor(adminThere.id), resolveFilter({ ...OKTOBER, opd: w.opd.id }, NOW), NOW)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getLaporan(await actorFor(adminThere.id), filter, NOW)).suratMasuk.total).toBe(0);

    // The admin instansi reads the whole pemda (grouped per OPD); one of another pemda reads none of it.
    const admin = await createPegawai(w.instansi.id, w.opd.id);
    await grantRole(w.instansi.id, admin.id, 'ADMIN_INSTANSI', null);
    const pemda = await getLaporan(await actorFor(admin.id), filter, NOW);
    expect(pemda.opd).toBeNull();
    expect(pemda.kelompok).toBe('opd');
    expect(pemda.disposisi.perUnit).toEqual([expect.objectContaining({ kunci: w.opd.id, total: 4, selesai: 2, terlambat: 1 })]);
    const lain = await createInstansi();
    const lainOpd = await createOpd(lain.id);
    const adminLain = await createPegawai(lain.id, lainOpd.id);
    await grantRole(lain.id, adminLain.id, 'ADMIN_INSTANSI', null);
    await expect(getLaporan(await actorFor(adminLain.id), resolveFilter({ ...OKTOBER, opd: w.opd.id }, NOW), NOW)).rejects.toBeInstanceOf(ForbiddenError);
    expect((await getLaporan(await actorFor(adminLain.id), filter, NOW)).suratMasuk.total).toBe(0);
  });
});
