// Server time of the report pages on the volume made by `npm run bench:seed` (1M letters, 3M
// disposisi), plus what that seed lacks, made here once: 100,000 signed internal naskah with paraf
// chains, submissions and signing failures. Refreshes the rollups (timed: as the 5-minute job does
// with nothing written, after a busy quarter hour, and from all history), then times each report
// read as the pages call it: a Kepala's OPD for this month and for a year, the admin instansi's
// whole pemda for a year, a drill-down page, the kinerja page. Prints figures; asserts nothing.
//   npm run bench:laporan            (BENCH_RUNS=50 for more samples)
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { prisma } from '@/lib/db';
import { demoAccount } from '@/prisma/seed/demo-accounts';
import { resolveFilter } from '@/lib/domain/laporan/periode';
import { refreshLaporan } from '@/lib/jobs/refresh-laporan';
import { loadActor } from '@/lib/services/auth/load-actor';
import { getKinerja } from '@/lib/services/laporan/get-kinerja';
import { getLaporan } from '@/lib/services/laporan/get-laporan';
import { listRincian } from '@/lib/services/laporan/list-rincian';
import { startBenchDatabase } from './bench-database';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const WARMUP = 3;
const NASKAH = 100_000;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(run: () => Promise<unknown>) {
  for (let i = 0; i < WARMUP; i++) await run();
  const samples: number[] = [];
  const cpu0 = process.cpuUsage();
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run();
    samples.push(performance.now() - t0);
  }
  const cpu = process.cpuUsage(cpu0);
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95), cpuMs: (cpu.user + cpu.system) / 1000 / RUNS };
}

/** Signed internal naskah down the seed's jabatan chains: staf drafts, two paraf, the pimpinan signs. */
async function seedNaskahKeluar(sql: pg.Client) {
  const done = await sql.query(`SELECT 1 FROM "Naskah" WHERE id = md5('bench-lap-n-' || $1::text)::uuid`, [NASKAH]);
  if (done.rowCount) return;
  const t0 = Date.now();
  await sql.query('BEGIN');
  await sql.query(`SET LOCAL synchronous_commit = off`);
  // Its own chains (pimpinan -> level 2 -> level 3 -> level 4 when there is one), so it does not
  // depend on the tables the volume seed keeps.
  await sql.query(`
    CREATE TEMP TABLE bench_lap_chain ON COMMIT DROP AS
    SELECT row_number() OVER (ORDER BY k.id, j1.id, j2.id) - 1 AS ord, k."opdId" AS opd, k.id AS j0, j1.id AS j1, j2.id AS j2,
           (SELECT j3.id FROM "Jabatan" j3 WHERE j3."parentId" = j2.id ORDER BY j3.id LIMIT 1) AS j3
    FROM "Jabatan" k JOIN "Jabatan" j1 ON j1."parentId" = k.id JOIN "Jabatan" j2 ON j2."parentId" = j1.id
    WHERE k."isPimpinanOpd" AND k.aktif`);
  await sql.query(`
    CREATE TEMP TABLE bench_lap ON COMMIT DROP AS
    SELECT k, c.opd, c.j0, c.j1, c.j2, coalesce(c.j3, c.j2) AS drafter,
           (SELECT "pegawaiId" FROM "PenugasanJabatan" p WHERE p."jabatanId" = c.j0 ORDER BY mulai LIMIT 1) AS signer,
           (SELECT "pegawaiId" FROM "PenugasanJabatan" p WHERE p."jabatanId" = coalesce(c.j3, c.j2) ORDER BY mulai LIMIT 1) AS pembuat,
           now() - (k * interval '4 minutes') - interval '2 days' AS dibuat,
           (ARRAY['NOTA_DINAS','SURAT_DINAS','SURAT_UNDANGAN','SURAT_TUGAS','MEMO','KEPUTUSAN'])[1 + k % 6]::"JenisNaskah" AS jenis
    FROM generate_series(1, ${NASKAH}) AS k
    JOIN bench_lap_chain c ON c.ord = k % (SELECT count(*) FROM bench_lap_chain)`);
  // The paraf rows first, with triggers off (replica role, as bench/seed-volume.ts does): each
  // row's trigger would otherwise rewrite its naskah and the readers of all 100,000 again (over
  // 28 minutes at 1M letters). The naskah's own BEFORE triggers then read them when it is inserted.
  await sql.query(`SET LOCAL session_replication_role = replica`);
  await sql.query(`
    INSERT INTO "VerifikasiNaskah" (id, "naskahId", putaran, urutan, "jabatanId", status, "pegawaiId", "actedAt")
    SELECT md5('bench-lap-v1-' || k)::uuid, md5('bench-lap-n-' || k)::uuid, 1, 1, j2, 'DISETUJUI'::"StatusVerifikasi", pembuat, dibuat + ((k % 5) + 6) * interval '1 hour' FROM bench_lap
    UNION ALL
    SELECT md5('bench-lap-v2-' || k)::uuid, md5('bench-lap-n-' || k)::uuid, 1, 2, j1, 'DISETUJUI'::"StatusVerifikasi", pembuat, dibuat + ((k % 5) + 20) * interval '1 hour' FROM bench_lap`);
  await sql.query(`ANALYZE "VerifikasiNaskah"`);
  await sql.query(`SET LOCAL session_replication_role = origin`);
  await sql.query(`
    INSERT INTO "Naskah" (id, "opdId", sumber, jenis, status, perihal, "klasifikasiKeamanan", "derajatKecepatan", "pembuatPegawaiId", "pembuatJabatanId",
                          "penandatanganJabatanId", "penandatanganPegawaiId", "ditandatanganiPada", nomor, "createdAt", "updatedAt")
    SELECT md5('bench-lap-n-' || k)::uuid, opd, 'INTERNAL', jenis, 'DITANDATANGANI', 'Naskah uji laporan ' || k,
           CASE WHEN k % 25 = 0 THEN 'RAHASIA' ELSE 'BIASA' END::"KlasifikasiKeamanan", 'BIASA', pembuat, drafter, j0, signer,
           dibuat + ((k % 7) + 30) * interval '1 hour', 'BL/' || k, dibuat, dibuat + interval '2 days'
    FROM bench_lap;
    INSERT INTO "AuditLog" ("instansiId", "opdId", "actorPegawaiId", "actorJabatanId", action, "entityType", "entityId", after, "createdAt")
    SELECT o."instansiId", opd, pembuat, drafter, 'naskah.submit', 'Naskah', md5('bench-lap-n-' || k)::uuid::text, '{"putaran":1}', dibuat + (k % 5) * interval '1 hour'
    FROM bench_lap JOIN "Opd" o ON o.id = opd;
    INSERT INTO "AuditLog" ("instansiId", "opdId", "actorPegawaiId", "actorJabatanId", action, "entityType", "entityId", after, "createdAt")
    SELECT o."instansiId", opd, signer, j0, 'naskah.signFail', 'Naskah', md5('bench-lap-n-' || k)::uuid::text,
           jsonb_build_object('kode', (ARRAY['WRONG_PASSPHRASE','WRONG_PASSPHRASE','CERT_EXPIRED','UNAVAILABLE','TIMEOUT'])[1 + k % 5]), dibuat + interval '29 hours'
    FROM bench_lap JOIN "Opd" o ON o.id = opd WHERE k % 20 = 0;`);
  await sql.query('COMMIT');
  await sql.query('ANALYZE "Naskah", "AuditLog", "VerifikasiNaskah"');
  console.log(`${NASKAH.toLocaleString('id-ID')} naskah keluar made in ${((Date.now() - t0) / 1000).toFixed(0)} s.`);
}

/**
 * The keys a busy quarter hour touches, written as no-op updates so the bench database stays as it
 * was: 150 letters delivered today, 400 disposisi recipients acted on (created over the last
 * `spreadDays` days, so up to that many days of disposisi figures), 50 naskah signed today.
 */
async function touchBusyQuarterHour(sql: pg.Client, spreadDays: number) {
  await sql.query(`UPDATE "Delivery" SET "deliveredAt" = "deliveredAt" WHERE id IN (SELECT id FROM "Delivery" ORDER BY "deliveredAt" DESC LIMIT 150)`);
  await sql.query(
    `UPDATE "PenerimaDisposisi" SET status = status WHERE id IN (
       SELECT id FROM "PenerimaDisposisi" TABLESAMPLE SYSTEM (5) WHERE "createdAt" > now() - $1 * interval '1 day' ORDER BY random() LIMIT 400)`,
    [spreadDays],
  );
  await sql.query(`UPDATE "Naskah" SET status = status WHERE id IN (SELECT id FROM "Naskah" WHERE status = 'DITANDATANGANI' ORDER BY "ditandatanganiPada" DESC LIMIT 50)`);
}

const db = await startBenchDatabase();
const sql = new pg.Client({ connectionString: db.url });
await sql.connect();
try {
  const letters = Number((await sql.query(`SELECT count(*) AS n FROM "Naskah" WHERE sumber = 'EKSTERNAL'`)).rows[0].n);
  await seedNaskahKeluar(sql);
  const refresh = await refreshLaporan();
  const counts = await sql.query(`SELECT (SELECT count(*) FROM "Delivery") AS d, (SELECT count(*) FROM "PenerimaDisposisi") AS p, (SELECT count(*) FROM "Naskah" WHERE sumber = 'INTERNAL') AS n,
    (SELECT count(*) FROM laporan.surat_masuk) + (SELECT count(*) FROM laporan.disposisi) + (SELECT count(*) FROM laporan.naskah_keluar) + (SELECT count(*) FROM laporan.tunggu_langkah) + (SELECT count(*) FROM laporan.gagal_ttd) AS rollup`);
  const c = counts.rows[0];
  console.log(`Database: ${letters.toLocaleString('id-ID')} surat masuk, ${Number(c.d).toLocaleString('id-ID')} deliveries, ${Number(c.p).toLocaleString('id-ID')} disposisi recipients, ${Number(c.n).toLocaleString('id-ID')} naskah keluar; rollups ${Number(c.rollup).toLocaleString('id-ID')} rows, refreshed in ${(refresh.durasiMs / 1000).toFixed(1)} s.`);
  const perRollup = (r: typeof refresh) => Object.entries(r.perRollupMs).map(([rollup, ms]) => `${rollup} ${ms} ms (${r.kunciPerRollup[rollup]} kunci)`).join(', ');
  console.log(`  per rollup: ${perRollup(refresh)}`);
  // The 5-minute job recomputes only the days a write touched (-1 kunci: all of history).
  const tenang = await refreshLaporan();
  console.log(`Refresh with nothing written since: ${tenang.durasiMs} ms.`);
  for (const [label, days] of [['disposisi from the last 30 days', 30], ['disposisi from any of six years', 2200]] as const) {
    await touchBusyQuarterHour(sql, days);
    const sibuk = await refreshLaporan();
    console.log(`Refresh after a busy quarter hour (${label}): ${sibuk.durasiMs} ms; ${perRollup(sibuk)}`);
  }
  const semua = await refreshLaporan({ semua: true });
  console.log(`Recomputed from all history (refreshLaporan({ semua: true })): ${(semua.durasiMs / 1000).toFixed(1)} s; ${perRollup(semua)}`);

  const actorOf = async (key: 'kepala' | 'admin') => (await loadActor((await prisma.pegawai.findUniqueOrThrow({ where: { nip: demoAccount(key).nip }, select: { id: true } })).id))!;
  const kepala = await actorOf('kepala');
  const admin = await actorOf('admin');
  const now = new Date();
  const bulanIni = resolveFilter({}, now);
  const setahun = resolveFilter({ dari: new Date(now.getTime() - 365 * 86_400_000).toISOString().slice(0, 10) }, now);

  const cases: [string, () => Promise<unknown>][] = [
    ['Laporan: Kepala, OPD, this month', () => getLaporan(kepala, bulanIni, now)],
    ['Laporan: Kepala, OPD, 12 months', () => getLaporan(kepala, setahun, now)],
    ['Laporan: admin, whole pemda, 12 months', () => getLaporan(admin, setahun, now)],
    ['Rincian: admin, pemda, surat masuk SEGERA', () => listRincian(admin, setahun, { rincian: 'surat-masuk', nilai: 'derajat:SEGERA' }, now)],
    ['Rincian: Kepala, disposisi terlambat', () => listRincian(kepala, setahun, { rincian: 'disposisi', nilai: 'terlambat' }, now)],
    ['Rincian: Kepala, waits at paraf 2', () => listRincian(kepala, bulanIni, { rincian: 'tunggu', nilai: '2' }, now)],
    ['Kinerja: admin, whole pemda, this month', () => getKinerja(admin, {}, now)],
  ];
  const results: { name: string; p50: number; p95: number; cpuMs: number }[] = [];
  for (const [name, run] of cases) results.push({ name, ...(await time(run)) });

  const f = (ms: number) => ms.toFixed(1).padStart(8);
  console.log(`\n${RUNS} runs each after ${WARMUP} warm-up runs; milliseconds (load average ${(await import('node:os')).loadavg()[0]!.toFixed(1)}).`);
  console.log(`${'page read'.padEnd(44)}      p50      p95  CPU/call`);
  for (const r of results) console.log(`${r.name.padEnd(44)} ${f(r.p50)} ${f(r.p95)} ${f(r.cpuMs)}`);
  const max = Math.max(...results.map((r) => r.p95));
  console.log(`laporan: max p95 ${max.toFixed(0)} ms at ${letters} letters`);
} finally {
  await sql.end();
  await prisma.$disconnect();
  await db.stop();
}
