import { describe, expect, it } from 'vitest';
import { refreshLaporan } from '@/lib/jobs/refresh-laporan';
import { eksporKinerja } from '@/lib/services/laporan/ekspor-kinerja';
import { getKinerja, KINERJA_PER_HALAMAN } from '@/lib/services/laporan/get-kinerja';
import { ForbiddenError } from '@/lib/domain/errors';
import { formatNip } from '@/lib/domain/pegawai/nip';
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

describe('kinerja of a pemda with thousands of pegawai', () => {
  it('shows one page of 50 at a time in name order, finds a person by name or NIP, and downloads them all', async () => {
    const w = await createLaporanWorld();
    const adminOpd = await createPegawai(w.instansi.id, w.opd.id);
    await grantRole(w.instansi.id, adminOpd.id, 'ADMIN_OPD', w.opd.id);
    for (let i = 0; i < KINERJA_PER_HALAMAN + 3; i++) await createPegawai(w.instansi.id, w.opd.id);
    const actor = await actorFor(adminOpd.id);

    const semua = await getKinerja(actor, { bulan: '2026-10' }, NOW);
    expect(semua.baris.length).toBeGreaterThan(KINERJA_PER_HALAMAN);
    const satu = await getKinerja(actor, { bulan: '2026-10', halaman: 1 }, NOW);
    const dua = await getKinerja(actor, { bulan: '2026-10', halaman: 2 }, NOW);
    expect(satu.baris).toHaveLength(KINERJA_PER_HALAMAN);
    expect(satu.total).toBe(semua.baris.length);
    expect(dua.total).toBe(semua.baris.length);
    expect([...satu.baris, ...dua.baris].map((r) => r.pegawaiId)).toEqual(semua.baris.map((r) => r.pegawaiId));
    expect((await getKinerja(actor, { bulan: '2026-10', halaman: 3 }, NOW)).baris).toEqual([]);

    // A NIP's start and a part of a name each find the person, with their figures; % is a character, not a wildcard.
    const kabid = (r: { baris: { pegawaiId: string }[] }) => r.baris.map((b) => b.pegawaiId);
    expect(kabid(await getKinerja(actor, { bulan: '2026-10', q: w.kabid.pegawai.nip.slice(0, 17), halaman: 1 }, NOW))).toContain(w.kabid.pegawai.id);
    expect(kabid(await getKinerja(actor, { bulan: '2026-10', q: formatNip(w.kabid.pegawai.nip), halaman: 1 }, NOW))).toEqual([w.kabid.pegawai.id]);
    // The name's end keeps a letter ("ai 12345678"): eight hex digits alone are all digits one time in 43, and digits are a NIP.
    const byName = await getKinerja(actor, { bulan: '2026-10', q: ` ${w.kabid.pegawai.nama.slice(-11).toUpperCase()} `, halaman: 1 }, NOW);
    expect(byName.baris.map((r) => r.pegawaiId)).toEqual([w.kabid.pegawai.id]);
    expect(byName.total).toBe(1);
    expect(counts(byName.baris[0]!)).toEqual(counts(semua.baris.find((r) => r.pegawaiId === w.kabid.pegawai.id)!));
    expect((await getKinerja(actor, { bulan: '2026-10', q: '%', halaman: 1 }, NOW)).total).toBe(0);

    // The search stays within what the actor may see: the staf looking for the kabid finds no one.
    expect((await getKinerja(await actorFor(w.staf.pegawai.id), { bulan: '2026-10', q: w.kabid.pegawai.nip, halaman: 1 }, NOW)).baris).toEqual([]);

    // The download holds every person whatever page the screen was on.
    const berkas = await eksporKinerja(actor, { bulan: '2026-10', halaman: 2 }, 'csv', NOW);
    const baris = new TextDecoder().decode(berkas.bytes).trim().split('\n');
    expect(baris.filter((b) => semua.baris.some((r) => b.includes(r.nip)))).toHaveLength(semua.baris.length);
  });
});
