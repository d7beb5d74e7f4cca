// The rollups are recomputed only for the days (months) a write touched (migration laporan_bertahap).
// After each kind of write that reaches back into history (an old disposisi done today, a sifat
// corrected, a signed naskah cancelled, a post's holder changed, a post moved to another OPD, a row
// deleted) the refreshed rollups must equal a recomputation from all history. That recomputation
// runs in a transaction that is rolled back, so the other test files never see it.
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prisma } from '@/lib/db';
import { LAPORAN_ROLLUPS, refreshLaporan } from '@/lib/jobs/refresh-laporan';
import { assign, createOpd, createPegawai } from '../support/factories';
import { createLaporanWorld, type LaporanWorld } from './laporan-world';

const client = new pg.Client({ connectionString: process.env.DATABASE_URL });
let w: LaporanWorld;
let opdLain: string;

beforeAll(async () => {
  await client.connect();
  w = await createLaporanWorld();
  opdLain = (await createOpd(w.instansi.id)).id;
});

afterAll(async () => {
  await client.end();
});

/** Every rollup row of this world's two OPDs and people, in a stable order. */
async function rollups(db: pg.Client) {
  const opd = [w.opd.id, opdLain];
  const orang = (await prisma.pegawai.findMany({ where: { opdId: { in: opd } }, select: { id: true } })).map((p) => p.id);
  const read = async (sql: string, values: unknown[]) => (await db.query(sql, values)).rows;
  return {
    suratMasuk: await read(`SELECT * FROM laporan.surat_masuk WHERE opd_id = ANY($1) ORDER BY opd_id, tanggal, jabatan_id, sifat, derajat`, [opd]),
    disposisi: await read(`SELECT * FROM laporan.disposisi WHERE opd_id = ANY($1) ORDER BY opd_id, tanggal, jabatan_id, selesai, jam_selesai NULLS FIRST, selesai_terlambat`, [opd]),
    naskahKeluar: await read(`SELECT * FROM laporan.naskah_keluar WHERE opd_id = ANY($1) ORDER BY opd_id, tanggal, jabatan_id, jenis, jam`, [opd]),
    tungguPerNaskah: await read(`SELECT * FROM laporan.tunggu_per_naskah WHERE opd_id = ANY($1) ORDER BY naskah_id, langkah, jabatan_id NULLS FIRST`, [opd]),
    tungguLangkah: await read(`SELECT * FROM laporan.tunggu_langkah WHERE opd_id = ANY($1) ORDER BY opd_id, tanggal, langkah, jabatan_id NULLS FIRST`, [opd]),
    gagalTtd: await read(`SELECT * FROM laporan.gagal_ttd WHERE opd_id = ANY($1) ORDER BY opd_id, tanggal, jabatan_id, kode`, [opd]),
    kinerja: await read(`SELECT * FROM laporan.kinerja WHERE pegawai_id = ANY($1) ORDER BY bulan, pegawai_id`, [orang]),
  };
}

/** The rollups as a recomputation of all history gives them, without keeping it. */
async function fromAllHistory() {
  await client.query('BEGIN');
  try {
    for (const rollup of LAPORAN_ROLLUPS) await client.query('SELECT laporan.segarkan($1, true)', [rollup]);
    return await rollups(client);
  } finally {
    await client.query('ROLLBACK');
  }
}

async function refreshedEqualsAllHistory() {
  await refreshLaporan();
  const refreshed = await rollups(client);
  expect(refreshed).toEqual(await fromAllHistory());
  return refreshed;
}

const t = (iso: string) => new Date(iso);

describe('report rollups refreshed by the keys a write touched', () => {
  it('an old disposisi done today moves its October day and counts in November kinerja', async () => {
    const before = await refreshedEqualsAllHistory();
    const oct4 = (r: { tanggal: Date; jabatan_id: string }) => r.tanggal.toISOString().startsWith('2026-10-04') && r.jabatan_id === w.sekretaris.jabatan.id;
    expect(before.disposisi.filter(oct4).map((r) => r.selesai)).toEqual([false]);

    await prisma.penerimaDisposisi.update({ where: { id: w.keSekretaris.id }, data: { status: 'SELESAI', selesaiAt: t('2026-11-20T03:00:00Z') } });
    const after = await refreshedEqualsAllHistory();
    expect(after.disposisi.filter(oct4).map((r) => [r.selesai, r.selesai_terlambat])).toEqual([[true, true]]);
    const november = after.kinerja.filter((r) => r.bulan.toISOString().startsWith('2026-11') && r.pegawai_id === w.sekretaris.pegawai.id);
    expect(november.map((r) => r.disposisi_terlambat)).toEqual([1]);
  });

  it('a corrected sifat, a cancelled signed naskah, a failure logged late and a deleted delivery', async () => {
    await prisma.naskah.update({ where: { id: w.rahasia.naskahId }, data: { sifat: 'Segera' } });
    const balasan = await prisma.naskah.findFirstOrThrow({ where: { opdId: w.opd.id, perihal: 'Surat dinas balasan' } });
    await prisma.naskah.update({ where: { id: balasan.id }, data: { status: 'DIBATALKAN' } });
    await prisma.auditLog.create({
      data: { instansiId: w.instansi.id, opdId: w.opd.id, actorPegawaiId: w.kepala.id, actorJabatanId: w.kepalaJabatan.id, action: 'naskah.signFail', entityType: 'Naskah', entityId: w.nota.id, after: { kode: 'TSA_DOWN' }, createdAt: t('2026-10-02T22:00:00Z') },
    });
    const november = await prisma.delivery.findFirstOrThrow({ where: { opdId: w.opd.id, naskah: { perihal: 'Surat bulan berikutnya' } } });
    await prisma.delivery.delete({ where: { id: november.id } });

    const after = await refreshedEqualsAllHistory();
    expect(after.suratMasuk.filter((r) => r.tanggal.toISOString().startsWith('2026-10-04')).map((r) => r.sifat)).toEqual(['Segera']);
    expect(after.suratMasuk.some((r) => r.tanggal.toISOString().startsWith('2026-11-01'))).toBe(false);
    expect(after.naskahKeluar.some((r) => r.jenis === 'SURAT_DINAS')).toBe(false);
    expect(after.gagalTtd.filter((r) => r.kode === 'TSA_DOWN').map((r) => r.jumlah)).toEqual([1]);
    const oktober = after.kinerja.filter((r) => r.bulan.toISOString().startsWith('2026-10'));
    expect(oktober.find((r) => r.pegawai_id === w.staf.pegawai.id)?.naskah_disusun).toBe(1);
    expect(oktober.find((r) => r.pegawai_id === w.kepala.id)?.tanda_tangan).toBe(1);
  });

  it("a post's new holder takes its kinerja, and a post moved to another OPD takes its figures along", async () => {
    // The kabid2's late disposisi (done without a report) counts for whoever held the post that day.
    const plt = await createPegawai(w.instansi.id, w.opd.id);
    const penugasan = await prisma.penugasanJabatan.findFirstOrThrow({ where: { jabatanId: w.kabid2.jabatan.id, jenis: 'DEFINITIF' } });
    await prisma.penugasanJabatan.update({ where: { id: penugasan.id }, data: { selesai: t('2026-09-30T00:00:00Z') } });
    await assign(plt.id, w.kabid2.jabatan.id, 'PLT', '2026-10-01');
    await prisma.jabatan.update({ where: { id: w.staf.jabatan.id }, data: { opdId: opdLain } });

    const after = await refreshedEqualsAllHistory();
    const oktober = after.kinerja.filter((r) => r.bulan.toISOString().startsWith('2026-10'));
    expect(oktober.find((r) => r.pegawai_id === plt.id)?.disposisi_terlambat).toBe(1);
    expect(oktober.find((r) => r.pegawai_id === w.kabid2.pegawai.id)).toBeUndefined();
    expect(after.disposisi.filter((r) => r.jabatan_id === w.staf.jabatan.id).map((r) => r.opd_id)).toEqual([opdLain]);
  });

  it('a refresh holding its rollup makes no writer wait; what the writer did is counted by the next one', async () => {
    const refresh = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await refresh.connect();
    try {
      await refresh.query('BEGIN');
      await refresh.query(`SELECT laporan.segarkan('disposisi', true)`);
      // Rows the open refresh rewrote and the key list it emptied are all in its hands now.
      const started = performance.now();
      const baru = await prisma.penerimaDisposisi.create({
        data: { disposisiId: w.keSekretaris.disposisiId, jabatanId: w.kabid.jabatan.id, dariJabatanId: w.kepalaJabatan.id, status: 'BELUM_DIBACA', createdAt: t('2026-10-04T04:00:00Z') },
      });
      await prisma.penerimaDisposisi.update({ where: { id: baru.id }, data: { status: 'DIBACA', readAt: t('2026-10-04T05:00:00Z') } });
      expect(performance.now() - started).toBeLessThan(2_000);
      await refresh.query('COMMIT');
    } finally {
      await refresh.end();
    }
    const after = await refreshedEqualsAllHistory();
    expect(after.disposisi.some((r) => r.tanggal.toISOString().startsWith('2026-10-04') && r.jabatan_id === w.kabid.jabatan.id)).toBe(true);
  });

  it('a refresh killed half-way loses no noted day: the next one recomputes it', async () => {
    await prisma.auditLog.create({
      data: { instansiId: w.instansi.id, opdId: w.opd.id, actorPegawaiId: w.kepala.id, actorJabatanId: w.kepalaJabatan.id, action: 'naskah.signFail', entityType: 'Naskah', entityId: w.nota.id, after: { kode: 'PROSES_MATI' }, createdAt: t('2026-10-07T02:00:00Z') },
    });
    const refresh = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await refresh.connect();
    refresh.on('error', () => undefined);
    await refresh.query('BEGIN');
    await refresh.query(`SELECT laporan.segarkan('gagal_ttd')`);
    // The worker dies before it commits: its connection is cut, its transaction rolled back.
    const pid = (await refresh.query<{ pid: number }>('SELECT pg_backend_pid() AS pid')).rows[0]!.pid;
    await client.query('SELECT pg_terminate_backend($1)', [pid]);
    await refresh.end().catch(() => undefined);

    const after = await refreshedEqualsAllHistory();
    expect(after.gagalTtd.filter((r) => r.kode === 'PROSES_MATI').map((r) => r.jumlah)).toEqual([1]);
  });

  it('two refreshes at once, one of them from all history: neither fails, the figures are whole', async () => {
    await prisma.penerimaDisposisi.create({
      data: { disposisiId: w.keSekretaris.disposisiId, jabatanId: w.kabid2.jabatan.id, dariJabatanId: w.kepalaJabatan.id, status: 'BELUM_DIBACA', createdAt: t('2026-10-08T04:00:00Z') },
    });
    const [, semua] = await Promise.all([refreshLaporan(), refreshLaporan({ semua: true })]);
    expect(semua.kunciPerRollup).toEqual(Object.fromEntries(LAPORAN_ROLLUPS.map((r) => [r, -1])));
    const after = await refreshedEqualsAllHistory();
    expect(after.disposisi.some((r) => r.tanggal.toISOString().startsWith('2026-10-08') && r.jabatan_id === w.kabid2.jabatan.id)).toBe(true);
  });
});
