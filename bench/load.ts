// Throughput of the pages a whole office keeps open, on the production server (`npm start`, every
// core) against the volume databases of `npm run bench:seed`, signed in as the Kepala Dinas. For
// each database size, page and concurrency it prints req/s, p50/p95/p99, errors, the server's CPU
// per request (launcher + Next.js workers, from /proc: the figure a shared machine distorts least),
// the database's CPU and SQL per request (pg_stat_statements: every statement the page ran), RSS,
// and the load average; and what each page weighs (HTML, gzipped, RSC) as the Kepala Dinas sees it.
// Prints figures; asserts nothing.
//   npm run build && npm run bench:load
//   BENCH_LOAD_SECONDS=5 npm run bench:load        (quick: a few minutes in all)
// Env: BENCH_LOAD_SECONDS (per point, default 30), BENCH_LOAD_CONCURRENCY (default 1,10,50),
// BENCH_LOAD_SIZES (default 10000,1000000; seed each with BENCH_LETTERS=<n> npm run bench:seed),
// BENCH_LOAD_PAGES (keys, default all), BENCH_LOAD_USERS (different people signed in, default 1:
// the Kepala Dinas; with 50 at c=50 every virtual user is someone else, with their own lists,
// letters and badge counts, so no per-person cache flatters the figures), BENCH_LOAD_TOP_SQL (the n
// statements that took the most time, under each point), BENCH_LOAD_RATE (an open-model point
// after the closed ones: that many req/s offered by BENCH_LOAD_OPEN_USERS people, default 150 by 50;
// 0 leaves it out), BENCH_PORT (server, default 3900), BENCH_PG_PORT.
// Why both: a closed loop of 50 users with no pause measures throughput only; by Little's law its
// latency is 50 / throughput (333 ms at 150 req/s) whatever a page costs. The open point (runOpenLoad)
// is the latency people see when 50 of them ask for 150 pages a second in all.
// Where the CPU goes: run one `node --cpu-prof --cpu-prof-dir=<dir> node_modules/next/dist/bin/next start`
// on a bench database, load it, stop it, then `npx tsx bench/load/top-frames.ts <dir>`.
import http from 'node:http';
import os from 'node:os';
import { DEMO_PASSWORD, demoAccount } from '@/prisma/seed/demo-accounts';
import { BENCH_SHARED_BUFFERS, refreshBenchLaporan, startBenchDatabase } from './bench-database';
import { percentile, runEach, runLoad, runOpenLoad, type LoadResult } from './load/http-load';
import { kalibrasiCpuMs } from './load/calibrate';
import { treeUsage } from './load/process-tree';
import { startServer } from './load/server';
import { signIn } from './load/sign-in';
import { needsStatStatements, SqlStats } from './load/sql-stats';

const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 30);
const CONCURRENCY = (process.env.BENCH_LOAD_CONCURRENCY ?? '1,10,50').split(',').map(Number);
const SIZES = (process.env.BENCH_LOAD_SIZES ?? '10000,1000000').split(',').map(Number);
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const ONLY = process.env.BENCH_LOAD_PAGES?.split(',');
const LETTER_SAMPLE = 50;
/** How many different people the virtual users are signed in as (user i is person i mod USERS). */
const USERS = Number(process.env.BENCH_LOAD_USERS ?? 1);
/** BENCH_LOAD_TOP_SQL=n: under each point, the n statements that took the most time. */
const TOP_SQL = Number(process.env.BENCH_LOAD_TOP_SQL ?? 0);
const RATE = Number(process.env.BENCH_LOAD_RATE ?? 150);
const OPEN_USERS = Number(process.env.BENCH_LOAD_OPEN_USERS ?? 50);

/** A closed loop of `concurrency` users with no pause, or `users` people offering `rate` req/s. */
type Shape = { concurrency: number } | { users: number; rate: number };
const SHAPES: Shape[] = [...CONCURRENCY.map((concurrency) => ({ concurrency })), ...(RATE > 0 ? [{ users: OPEN_USERS, rate: RATE }] : [])];

interface Page {
  key: string;
  /** Request paths, taken in turn (a letter page visits many letters). */
  paths: (sql: SqlStats, post: string) => Promise<string[]>;
  /** Pages another branch may not have shipped yet: skipped with a note when the server answers 404. */
  optional?: boolean;
}

const PAGES: Page[] = [
  { key: 'surat-masuk', paths: async () => ['/surat-masuk'] },
  {
    key: 'surat',
    // Letters the post already read, spread over its whole history (opening an unread one writes):
    // delivered to it, or disposed to it.
    paths: async (sql, post) =>
      (
        await sql.query<{ id: string }>(
          `SELECT id FROM (
             SELECT "naskahId" AS id FROM "Delivery" WHERE "jabatanId" = $1 AND "readAt" IS NOT NULL
             UNION SELECT d."naskahId" FROM "PenerimaDisposisi" p JOIN "Disposisi" d ON d.id = p."disposisiId"
             WHERE p."jabatanId" = $1 AND p.status NOT IN ('BELUM_DIBACA', 'DITARIK')) s
           ORDER BY md5(id::text) LIMIT $2`,
          [post, LETTER_SAMPLE],
        )
      ).map((r) => `/surat-masuk/${r.id}`),
  },
  { key: 'disposisi', paths: async () => ['/disposisi'] },
  { key: 'beranda', paths: async () => ['/'] },
  { key: 'tanda-tangan', paths: async () => ['/tanda-tangan'] },
  { key: 'cari', paths: async () => ['/cari?q=undangan'], optional: true },
  // The same search newest first: nothing ranked, only a page's matches read.
  { key: 'cari-terbaru', paths: async () => ['/cari?q=undangan&urut=terbaru'], optional: true },
];

interface Point {
  size: number;
  page: string;
  /** Closed-loop users, or for an open point its people. */
  concurrency: number;
  /** Open point: the offered req/s, and the requests still due when it ended (the backlog). */
  open?: { rate: number; unsent: number };
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  cpuMsPerReq: number;
  dbCpuMsPerReq: number;
  sqlMsPerReq: number;
  statementsPerReq: number;
  rssMb: number;
  load1: number;
  /** kalibrasiCpuMs just before the point: how fast the machine was. */
  calMs: number;
}

const sizeLabel = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : n >= 1000 ? `${n / 1000}k` : String(n));
const f = (n: number, width = 6, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a').padStart(width);

async function payload(baseUrl: string, path: string, cookie: string) {
  const size = async (headers: Record<string, string>) => (await (await fetch(`${baseUrl}${path}`, { headers: { cookie, ...headers } })).arrayBuffer()).byteLength;
  // fetch decompresses, so the gzip size is read from a raw request.
  const gzip = await new Promise<number>((resolve, reject) => {
    http
      .get(`${baseUrl}${path}`, { headers: { cookie, 'accept-encoding': 'gzip' } }, (res) => {
        let n = 0;
        res.on('data', (c: Buffer) => (n += c.length));
        res.on('end', () => resolve(n));
      })
      .on('error', reject);
  });
  return { html: await size({}), rsc: await size({ rsc: '1' }), gzip };
}

async function measureSize(size: number, points: Point[]): Promise<void> {
  delete process.env.DATABASE_URL;
  let db = await startBenchDatabase(size);
  if (await needsStatStatements(db.url)) {
    await db.stop();
    delete process.env.DATABASE_URL;
    db = await startBenchDatabase(size);
  }
  const sql = await SqlStats.connect(db.url);
  const laporanMs = await refreshBenchLaporan(sql);
  if (laporanMs > 1000) console.log(`report rollups brought up to date first: ${(laporanMs / 1000).toFixed(1)} s`);
  let server: Awaited<ReturnType<typeof startServer>> | null = null;
  try {
    const [{ n }] = await sql.query<{ n: string }>(`SELECT count(*) AS n FROM "Naskah" WHERE sumber = 'EKSTERNAL'`);
    if (Number(n) < size * 0.99) {
      throw new Error(`the ${sizeLabel(size)} bench database holds ${n} letters: run \`BENCH_LETTERS=${size} npm run bench:seed\` first.`);
    }
    // The Kepala Dinas first (the only one at c=1), then the other holders of a post, leaders first.
    const people = await sql.query<{ nip: string; post: string }>(
      `SELECT p.nip, pj."jabatanId" AS post FROM "PenugasanJabatan" pj JOIN "Pegawai" p ON p.id = pj."pegawaiId" JOIN "Jabatan" j ON j.id = pj."jabatanId"
       WHERE pj.jenis = 'DEFINITIF' AND p.aktif AND j.aktif AND (pj.selesai IS NULL OR pj.selesai >= current_date)
       ORDER BY p.nip = $1 DESC, j.level, p.nip LIMIT $2`,
      [demoAccount('kepala').nip, USERS],
    );
    if (people.length < USERS) throw new Error(`BENCH_LOAD_USERS=${USERS}, but the ${sizeLabel(size)} bench database has ${people.length} people holding a post.`);
    server = await startServer({ port: PORT, databaseUrl: db.url });
    const users: { cookie: string; post: string }[] = [];
    for (const person of people) users.push({ cookie: await signIn(server.baseUrl, person.nip, DEMO_PASSWORD), post: person.post });
    const { cookie } = users[0]!;
    const headersOf = (user: number) => ({ cookie: users[user % users.length]!.cookie, 'accept-encoding': 'gzip' });
    const list = await payload(server.baseUrl, '/surat-masuk', cookie);
    console.log(
      `\n== ${sizeLabel(size)} letters (${Number(n).toLocaleString('en')}); server pid ${server.pid} with ${treeUsage(server.pid)?.processes ?? '?'} processes; ${users.length} signed in; ` +
        `Surat Masuk payload: HTML ${f(list.html / 1024, 0)} KB (gzip ${f(list.gzip / 1024, 0)} KB), RSC ${f(list.rsc / 1024, 0)} KB`,
    );
    console.log(`${'page'.padEnd(13)}      c   req/s    p50    p95    p99 ms  err | server CPU ms/req  db CPU  SQL ms  stmts/req | RSS MB  load1  cal ms`);
    for (const page of PAGES) {
      if (ONLY && !ONLY.includes(page.key)) continue;
      // Each person's own paths (their own letters), taken in turn.
      const paths = await Promise.all(users.map(async (u) => page.paths(sql, u.post)));
      const probe = await fetch(`${server.baseUrl}${paths[0]![0]}`, { headers: { cookie } });
      if (page.optional && probe.status === 404) {
        console.log(`${page.key.padEnd(13)} skipped: ${paths[0]![0]} answers 404 on this build (the page is not there yet).`);
        continue;
      }
      const empty = users.filter((_, i) => paths[i]!.length === 0).length;
      if (empty) throw new Error(`${page.key}: ${empty} of the ${users.length} people have nothing to open; use fewer BENCH_LOAD_USERS.`);
      const turns = users.map(() => 0);
      const nextUrl = (user: number) => {
        const own = paths[user % users.length]!;
        return `${server!.baseUrl}${own[turns[user % users.length]!++ % own.length]}`;
      };
      const headers = headersOf;
      const weight = await payload(server.baseUrl, paths[0]![0]!, cookie);
      console.log(`${page.key.padEnd(13)} weighs: HTML ${f(weight.html / 1024, 0)} KB (gzip ${f(weight.gzip / 1024, 0)} KB), RSC ${f(weight.rsc / 1024, 0)} KB  (${paths[0]![0]})`);
      // Warm up: compile paths, fill caches and connection pools.
      await runLoad({ url: nextUrl, headers, concurrency: Math.max(4, Math.min(users.length, 50)), seconds: Math.min(3, SECONDS) });
      // A page of many paths (50 people's letters from all their history: 2,500 at 1M) would
      // otherwise be measured mostly on first visits, each reading its rows from disk into a
      // database started a moment ago, on a machine that drops the OS's file cache within minutes:
      // every point below runs after each path was opened once, as on a server that has been up a
      // while. The first visits are shown too.
      const distinct = paths.reduce((sum, own) => sum + own.length, 0);
      if (distinct > users.length) {
        const first = await runEach({ users: users.length, urls: (user) => paths[user]!.map((p) => `${server!.baseUrl}${p}`), headers });
        console.log(
          `${page.key.padEnd(13)} first visit of each of its ${distinct} paths, ${users.length} at a time: ${f(first.requests / first.seconds, 0)} req/s, ` +
            `p50 ${f(percentile(first.latencies, 50), 0)} p95 ${f(percentile(first.latencies, 95), 0)} ms, ${first.errors} errors`,
        );
      }
      for (const shape of SHAPES) {
        // A second for the server to finish what the last phase left (GC, sockets) before the machine is timed.
        await new Promise((r) => setTimeout(r, 1000));
        const calMs = kalibrasiCpuMs();
        const before = treeUsage(server.pid);
        const dbBefore = treeUsage(process.pid, { exclude: [server.pid], withRoot: false });
        await sql.reset();
        const r: LoadResult & { unsent?: number } =
          'rate' in shape
            ? await runOpenLoad({ url: nextUrl, headers, users: shape.users, rate: shape.rate, seconds: SECONDS })
            : await runLoad({ url: nextUrl, headers, concurrency: shape.concurrency, seconds: SECONDS });
        const stats = await sql.read();
        const topSql = TOP_SQL ? await sql.top(TOP_SQL) : [];
        const after = treeUsage(server.pid);
        const dbAfter = treeUsage(process.pid, { exclude: [server.pid], withRoot: false });
        const perReq = (a?: number, b?: number) => (a !== undefined && b !== undefined && r.requests ? (a - b) / r.requests : NaN);
        const point: Point = {
          size,
          page: page.key,
          concurrency: 'rate' in shape ? shape.users : shape.concurrency,
          ...('rate' in shape && { open: { rate: shape.rate, unsent: r.unsent ?? 0 } }),
          rps: r.requests / r.seconds,
          p50: percentile(r.latencies, 50),
          p95: percentile(r.latencies, 95),
          p99: percentile(r.latencies, 99),
          errors: r.errors,
          cpuMsPerReq: perReq(after?.cpuMs, before?.cpuMs),
          dbCpuMsPerReq: perReq(dbAfter?.cpuMs, dbBefore?.cpuMs),
          sqlMsPerReq: r.requests ? stats.ms / r.requests : NaN,
          statementsPerReq: r.requests ? stats.statements / r.requests : NaN,
          rssMb: (after?.rssBytes ?? NaN) / 2 ** 20,
          load1: os.loadavg()[0],
          calMs,
        };
        points.push(point);
        console.log(
          `${page.key.padEnd(13)} ${(point.open ? `${point.concurrency}@${point.open.rate}` : String(point.concurrency)).padStart(6)} ${f(point.rps, 7)} ${f(point.p50)} ${f(point.p95)} ${f(point.p99)}    ${String(point.errors).padStart(4)} |` +
            ` ${f(point.cpuMsPerReq, 17)} ${f(point.dbCpuMsPerReq, 7)} ${f(point.sqlMsPerReq, 7, 2)} ${f(point.statementsPerReq, 10)} | ${f(point.rssMb, 6, 0)} ${f(point.load1, 6, 2)} ${f(point.calMs, 7)}` +
            (point.open?.unsent ? `  ${point.open.unsent} requests due but never sent (server behind)` : '') +
            (r.errorKinds.length ? `  errors: ${r.errorKinds.join('; ')}` : ''),
        );
        for (const t of topSql) console.log(`    sql ${f(t.totalMs, 8, 0)} ms in ${String(t.calls).padStart(6)} calls (mean ${f(t.meanMs, 0, 2)} ms): ${t.query.slice(0, 160)}`);
      }
    }
  } finally {
    await server?.stop();
    await sql.end();
    await db.stop();
  }
}

const points: Point[] = [];
console.log(`bench:load: ${SECONDS} s per point, concurrency ${CONCURRENCY.join('/')}${RATE > 0 ? ` and ${RATE} req/s offered by ${OPEN_USERS} people (shown as ${OPEN_USERS}@${RATE})` : ''}, sizes ${SIZES.map(sizeLabel).join(' and ')}; ${os.availableParallelism()} cores; PostgreSQL shared_buffers ${BENCH_SHARED_BUFFERS}; load average ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}.`);
console.log('Latencies are wall time at the client on this machine (the load generator shares its cores); CPU ms/req is summed over the server processes.');
console.log(`cal ms: a fixed piece of work timed in this process just before each point (bench/load/calibrate.ts); higher means a slower machine at that moment. Now: ${kalibrasiCpuMs().toFixed(1)} ms.`);
for (const size of SIZES) await measureSize(size, points);

const top = Math.max(...CONCURRENCY);
const closed = points.filter((p) => !p.open);
const atTop = closed.filter((p) => p.concurrency === top);
const low = Math.min(...CONCURRENCY);
const smallest = Math.min(...SIZES);
const largest = Math.max(...SIZES);
const ratios = closed
  .filter((p) => p.size === largest && p.concurrency === low)
  .map((p) => {
    const base = closed.find((q) => q.size === smallest && q.page === p.page && q.concurrency === low);
    return { page: p.page, time: base ? p.p50 / base.p50 : NaN, cpu: base ? p.cpuMsPerReq / base.cpuMsPerReq : NaN };
  });
if (smallest !== largest) {
  console.log(`\n${sizeLabel(largest)}/${sizeLabel(smallest)} at c=${low}: ${ratios.map((r) => `${r.page} time ${f(r.time, 0, 2)}x CPU ${f(r.cpu, 0, 2)}x`).join(', ')}`);
}
const ratio = smallest === largest ? 'n/a' : `${Math.max(...ratios.map((r) => r.time)).toFixed(2)}x`;
const minRps = Math.min(...atTop.map((p) => p.rps));
const maxP95 = Math.max(...atTop.map((p) => p.p95));
const errors = points.reduce((sum, p) => sum + p.errors, 0);
const open = points.filter((p) => p.open);
if (open.length) {
  const worst = open.reduce((a, b) => (b.p95 > a.p95 ? b : a));
  const slowest = open.reduce((a, b) => (b.rps < a.rps ? b : a));
  console.log(
    `open: ${RATE} req/s offered by ${OPEN_USERS} people: min achieved ${slowest.rps.toFixed(1)} req/s (${slowest.page} ${sizeLabel(slowest.size)}), ` +
      `max p95 ${worst.p95.toFixed(1)} ms (${worst.page} ${sizeLabel(worst.size)}), unsent ${open.reduce((s, p) => s + p.open!.unsent, 0)}`,
  );
}
console.log(`load: min req/s at c=${top} ${minRps.toFixed(1)}, max p95 ${maxP95.toFixed(1)} ms, errors ${errors}, ${sizeLabel(largest)}/${sizeLabel(smallest)} ${ratio}`);
