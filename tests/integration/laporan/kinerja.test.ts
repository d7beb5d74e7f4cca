import { describe, expect, it } from 'vitest';
import { refreshLaporan } from '@/lib/jobs/refresh-laporan';
import { getKinerja } from '@/lib/services/laporan/get-kinerja';
import { ForbiddenError } from '@/lib/domain/errors';
import { actorFor } from '../support/actors';
import { createOpd, createPegawai, grantRole } from '../support/factories';
import { createLaporanWorld, NOW } from './laporan-world';

const counts = (r: { disposisiTepat: number; disposisiTerlambat: number; naskahDisusun: number; paraf: number; tandaTangan: number }) => [r.disposisiTepat, r.disposisiTerlambat, r.naskahDisusun, r.paraf, r.tandaTangan];

describe('kinerja evidence per pegawai and month', () => {
  it('counts each person’s work in October exactly, and each role sees only whom it may', async () => {
    const w = await createLaporanWorld();
    await refreshLaporan({ now: NOW });

    // The admin OPD sees every pegawai of the OPD.
    const adminOpd = await createPegawai(w.instansi.id, w.opd.id);
    await grantRole(w.instansi.id, adminOpd.id, 'ADMIN_OPD', w.opd.id);
    const all = await getKinerja(await actorFor(adminOpd.id), { bulan: '2026-10' }, NOW);
    const by = Object.fromEntries(all.baris.map((r) => [r.pegawaiId, counts(r)]));
    expect(by[w.kabid.pegawai.id]).toEqual([1, 0, 0, 1, 0]); // reported done on time; gave the paraf
    expect(by[w.kabid2.pegawai.id]).toEqual([0, 1, 0, 0, 0]); // done late (no report: the post's holder)
    expect(by[w.staf.pegawai.id]).toEqual([0, 0, 2, 0, 0]); // drafted the two October naskah
    expect(by[w.kepala.id]).toEqual([0, 0, 0, 0, 2]); // signed them
    expect(by[w.sekretaris.pegawai.id]).toEqual([0, 0, 0, 0, 0]);
    expect(all.baris.find((r) => r.pegawaiId === w.kabid.pegawai.id)).toMatchObject({ nip: w.kabid.pegawai.nip, jabatan: w.kabid.jabatan.nama, bulan: '2026-10' });
    // November: the third naskah was drafted and signed then.
    const nov = await getKinerja(await actorFor(adminOpd.id), { bulan: '2026-11' }, NOW);
    expect(counts(nov.baris.find((r) => r.pegawaiId === w.staf.pegawai.id)!)).toEqual([0, 0, 1, 0, 0]);

    // A staf sees only themselves; the kabid themselves and the staf below; the kepala everyone below.
    expect((await getKinerja(await actorFor(w.staf.pegawai.id), { bulan: '2026-10' }, NOW)).baris.map((r) => r.pegawaiId)).toEqual([w.staf.pegawai.id]);
    expect(new Set((await getKinerja(await actorFor(w.kabid.pegawai.id), { bulan: '2026-10' }, NOW)).baris.map((r) => r.pegawaiId))).toEqual(new Set([w.kabid.pegawai.id, w.staf.pegawai.id]));
    expect((await getKinerja(await actorFor(w.kepala.id), { bulan: '2026-10' }, NOW)).baris).toHaveLength(5);

    // An admin of another OPD neither sees these people nor may ask for this OPD.
    const other = await createOpd(w.instansi.id);
    const adminThere = await createPegawai(w.instansi.id, other.id);
    await grantRole(w.instansi.id, adminThere.id, 'ADMIN_OPD', other.id);
    const there = await getKinerja(await actorFor(adminThere.id), { bulan: '2026-10' }, NOW);
    expect(there.baris.map((r) => r.pegawaiId)).toEqual([adminThere.id]);
    await expect(getKinerja(await actorFor(adminThere.id), { bulan: '2026-10', opd: w.opd.id }, NOW)).rejects.toBeInstanceOf(ForbiddenError);
  });
});
