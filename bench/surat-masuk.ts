// Server time of the three things a pejabat does with incoming mail, on the volume made by
// `npm run bench:seed` (1M letters, 3M disposisi): the Surat Masuk page's reads, the letter page's
// reads, and giving a disposisi. Each is timed by calling the services (what a request spends
// besides rendering), next to what the database did for them (every statement the service ran,
// from pg_stat_statements: like for like) and one hand-written statement for the same rows (the
// floor). Prints figures; asserts nothing.
//   npm run bench:surat-masuk          (BENCH_RUNS=200 for more samples; BENCH_LETTERS=10000 for the 10k database)
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { prisma } from '@/lib/db';
import { demoAccount } from '@/prisma/seed/demo-accounts';
import { loadActor } from '@/lib/services/auth/load-actor';
import { countWorklists } from '@/lib/services/beranda/count-worklists';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { listDisposisiOptions } from '@/lib/services/disposisi/list-disposisi-options';
import { listInbox } from '@/lib/services/surat-masuk/list-inbox';
import { openSurat } from '@/lib/services/surat-masuk/open-surat';
import { startBenchDatabase } from './bench-database';
import { needsStatStatements, SqlStats } from './load/sql-stats';
import { treeUsage } from './load/process-tree';
import { createPrismaClient } from '@/lib/db/client';

const RUNS = Number(process.env.BENCH_RUNS ?? 100);
const WARMUP = 10;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

async function time(run: (i: number) => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < WARMUP; i++) await run(i);
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    await run(WARMUP + i);
    samples.push(performance.now() - t0);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 50), p95: percentile(samples, 95) };
}

let db = await startBenchDatabase();
if (await needsStatStatements(db.url)) {
  await db.stop();
  delete process.env.DATABASE_URL;
  db = await startBenchDatabase();
}
// BENCH_RELATION_LOAD=query (or join): every read loads its relations with that strategy, whatever
// the service chose (query: one statement per relation, as before the relationJoins preview was
// turned on), so the strategies can be compared in one sitting.
const strategy = process.env.BENCH_RELATION_LOAD;
if (strategy === 'query' || strategy === 'join') {
  const READS = new Set(['findMany', 'findFirst', 'findFirstOrThrow', 'findUnique', 'findUniqueOrThrow']);
  (globalThis as { __eofficePrisma?: unknown }).__eofficePrisma = createPrismaClient(db.url).$extends({
    query: { $allModels: { $allOperations: ({ operation, args, query }) => query(READS.has(operation) ? { ...args, relationLoadStrategy: strategy } : args) } },
  });
}
const sql = new pg.Client({ connectionString: db.url });
await sql.connect();
const stats = await SqlStats.connect(db.url);
try {
  const counts = await sql.query(`SELECT (SELECT count(*) FROM "Naskah") AS naskah, (SELECT count(*) FROM "Disposisi") AS disposisi`);
  console.log(`Database: ${Number(counts.rows[0].naskah).toLocaleString('id-ID')} naskah, ${Number(counts.rows[0].disposisi).toLocaleString('id-ID')} disposisi.`);

  const pegawai = await prisma.pegawai.findUniqueOrThrow({ where: { nip: demoAccount('kepala').nip }, select: { id: true } });
  const kepala = (await loadActor(pegawai.id))!;
  const kabid = await prisma.pegawai.findUniqueOrThrow({ where: { nip: demoAccount('kabid').nip }, select: { penugasan: { select: { jabatanId: true } } } });
  const kabidJabatanId = kabid.penugasan[0].jabatanId;
  const post = kepala.activePost!.jabatanId;
  const inboxSize = await sql.query(`SELECT count(*) AS n, count(*) FILTER (WHERE "readAt" IS NULL) AS unread FROM "Delivery" WHERE "jabatanId" = $1`, [post]);
  console.log(`Inbox of ${kepala.activePost!.nama}: ${Number(inboxSize.rows[0].n).toLocaleString('id-ID')} surat, ${Number(inboxSize.rows[0].unread).toLocaleString('id-ID')} unread.`);
  // Letters spread over the whole history of that inbox, old and new.
  const sample = await sql.query<{ id: string }>(
    `SELECT "naskahId" AS id FROM "Delivery" WHERE "jabatanId" = $1 ORDER BY md5("naskahId"::text) LIMIT $2`,
    [post, 3 * (RUNS + WARMUP)],
  );
  const ids = sample.rows.map((r) => r.id);

  const INBOX_SQL = `
    SELECT d.id, d."readAt", d."deliveredAt", d."derajatKecepatan", d."klasifikasiKeamanan", n.id AS naskah, n.perihal, n.nomor, n."pengirimNama", o.nama
    FROM "Delivery" d JOIN "Naskah" n ON n.id = d."naskahId" JOIN "Opd" o ON o.id = n."opdId"
    WHERE d."jabatanId" = $1 AND d."archivedAt" IS NULL AND d."readAt" IS NULL
    ORDER BY d."derajatKecepatan" DESC, d."deliveredAt" DESC, d.id DESC LIMIT 31`;
  const LETTER_SQL = `
    SELECT n.*, ds.id AS disposisi, p.id AS penerima, p.status, j.nama
    FROM "Naskah" n LEFT JOIN "Disposisi" ds ON ds."naskahId" = n.id LEFT JOIN "PenerimaDisposisi" p ON p."disposisiId" = ds.id LEFT JOIN "Jabatan" j ON j.id = p."jabatanId"
    WHERE n.id = $1`;
  const GIVE_SQL = `
    WITH d AS (INSERT INTO "Disposisi" (id, "naskahId", "deliveryId", "dariJabatanId", "dariPegawaiId", instruksi, "derajatKecepatan")
               SELECT gen_random_uuid(), v."naskahId", v.id, v."jabatanId", $3, ARRAY['Untuk ditindaklanjuti'], 'BIASA' FROM "Delivery" v WHERE v."naskahId" = $1 AND v."jabatanId" = $2 RETURNING id)
    INSERT INTO "PenerimaDisposisi" (id, "disposisiId", "jabatanId", "dariJabatanId") SELECT gen_random_uuid(), d.id, $4, $2 FROM d`;

  const explain = async (text: string, params: unknown[]) => {
    const { rows } = await sql.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${text}`, params);
    return (rows[0]['QUERY PLAN'][0] as { 'Execution Time': number })['Execution Time'];
  };

  // The service's runs again, this time counting what the database executed for them, and the CPU
  // this process spent (Prisma and pg: the figure a loaded machine distorts least).
  const inDatabase = async (run: (i: number) => Promise<unknown>) => {
    await stats.reset();
    const cpu = process.cpuUsage();
    const dbBefore = treeUsage(process.pid, { withRoot: false });
    for (let i = 0; i < RUNS; i++) await run(WARMUP + i);
    const used = process.cpuUsage(cpu);
    const dbAfter = treeUsage(process.pid, { withRoot: false });
    const { statements, ms } = await stats.read();
    const dbCpuMs = dbBefore && dbAfter ? (dbAfter.cpuMs - dbBefore.cpuMs) / RUNS : NaN;
    return { statements: statements / RUNS, ms: ms / RUNS, cpuMs: (used.user + used.system) / 1000 / RUNS, dbCpuMs };
  };

  const results: {
    name: string;
    service: { p50: number; p95: number };
    db: { statements: number; ms: number; cpuMs: number; dbCpuMs: number };
    raw: { p50: number; p95: number };
    plan: number;
  }[] = [];

  results.push({
    name: 'Surat Masuk (first page + nav counts)',
    service: await time(() => Promise.all([listInbox(kepala), countWorklists(kepala)])),
    db: await inDatabase(() => Promise.all([listInbox(kepala), countWorklists(kepala)])),
    raw: await time(() => sql.query(INBOX_SQL, [post])),
    plan: await explain(INBOX_SQL, [post]),
  });
  const filtered = { pengirim: 'Bappenas', kecepatan: 'SEGERA' as const };
  const page1 = await listInbox(kepala, { filter: filtered });
  // A filter that matches nothing measures an empty scan, not the page people see: left out when
  // the database is too small for a second page (the 10k one).
  if (!page1.nextCursor) console.log(`The filtered case (${JSON.stringify(filtered)}) fills less than one page here: left out.`);
  else results.push({
    name: 'Surat Masuk (filtered, page 2)',
    service: await time(() => listInbox(kepala, { filter: filtered, cursor: page1.nextCursor })),
    db: await inDatabase(() => listInbox(kepala, { filter: filtered, cursor: page1.nextCursor })),
    raw: await time(() => sql.query(INBOX_SQL.replace('d."readAt" IS NULL', `d."derajatKecepatan" = 'SEGERA' AND n."pengirimNama" ILIKE '%Bappenas%'`), [post])),
    plan: await explain(INBOX_SQL.replace('d."readAt" IS NULL', `d."derajatKecepatan" = 'SEGERA' AND n."pengirimNama" ILIKE '%Bappenas%'`), [post]),
  });
  results.push({
    name: 'Letter page (open + form options + nav counts)',
    service: await time((i) => Promise.all([openSurat(kepala, ids[i]), listDisposisiOptions(kepala), countWorklists(kepala)])),
    db: await inDatabase((i) => Promise.all([openSurat(kepala, ids[i]), listDisposisiOptions(kepala), countWorklists(kepala)])),
    raw: await time((i) => sql.query(LETTER_SQL, [ids[i]])),
    plan: await explain(LETTER_SQL, [ids[0]]),
  });
  const offset = RUNS + WARMUP;
  results.push({
    name: 'Give disposisi (1 recipient)',
    service: await time((i) => giveDisposisi(kepala, { naskahId: ids[offset + i], penerima: [kabidJabatanId], instruksi: ['Untuk ditindaklanjuti'], catatan: null, batasWaktu: null, derajatKecepatan: 'BIASA' })),
    db: await inDatabase((i) => giveDisposisi(kepala, { naskahId: ids[offset + RUNS + i], penerima: [kabidJabatanId], instruksi: ['Untuk ditindaklanjuti'], catatan: null, batasWaktu: null, derajatKecepatan: 'BIASA' })),
    raw: await time(async (i) => {
      await sql.query('BEGIN');
      await sql.query(GIVE_SQL, [ids[i], post, kepala.pegawaiId, kabidJabatanId]);
      await sql.query('ROLLBACK');
    }),
    plan: await (async () => {
      await sql.query('BEGIN');
      const ms = await explain(GIVE_SQL, [ids[0], post, kepala.pegawaiId, kabidJabatanId]);
      await sql.query('ROLLBACK');
      return ms;
    })(),
  });

  const f = (ms: number) => ms.toFixed(1).padStart(7);
  console.log(`\n${RUNS} runs each after ${WARMUP} warm-up runs; milliseconds.`);
  console.log('service: the services a request calls, timed in this process; in database: every statement they ran (pg_stat_statements), per call;');
  console.log('one statement: a hand-written query for the same rows, the floor the services could approach; client CPU: this process per call;\ndb CPU: the bench database\'s processes per call (planning included, which exec ms leaves out).');
  console.log(`${'operation'.padEnd(48)} service p50  p95 | in database: stmts   exec ms | client CPU  db CPU | one statement p50  p95 | EXPLAIN ANALYZE`);
  for (const r of results) {
    console.log(`${r.name.padEnd(48)} ${f(r.service.p50)} ${f(r.service.p95)} | ${f(r.db.statements)} ${f(r.db.ms)}     | ${f(r.db.cpuMs)} ${f(r.db.dbCpuMs)} | ${f(r.raw.p50)} ${f(r.raw.p95)}   | ${f(r.plan)}`);
  }
} finally {
  await stats.end();
  await sql.end();
  await prisma.$disconnect();
  await db.stop();
}
