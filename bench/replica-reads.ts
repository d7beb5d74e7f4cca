// Read replicas (DATABASE_REPLICA_URL, lib/db/replica.ts) on the 10k bench database: the same pages
// loaded by the same people with and without a real streaming replica beside the primary, and the
// database CPU per request each server spent. Shows which reads leave the primary; on one machine
// the cores are shared, so req/s says nothing about a replica on its own machine. Figures only.
//   npm run build && npx tsx bench/replica-reads.ts     (BENCH_LOAD_SECONDS, BENCH_LOAD_USERS)
import path from 'node:path';
import { loadavg } from 'node:os';
import pg from 'pg';
import { demoAccount, DEMO_PASSWORD } from '@/prisma/seed/demo-accounts';
import { copyAsStandby, startStandby } from '@/tests/support/replica-cluster';
import { freePort } from '@/tests/support/free-port';
import { benchDatabase, startBenchDatabase } from './bench-database';
import { runLoad } from './load/http-load';
import { treeUsage } from './load/process-tree';
import { startServer } from './load/server';
import { signIn } from './load/sign-in';

const LETTERS = 10_000;
const SECONDS = Number(process.env.BENCH_LOAD_SECONDS ?? 10);
const USERS = Number(process.env.BENCH_LOAD_USERS ?? 20);
const PAGES = ['/surat-masuk', '/disposisi', '/cari?q=undangan', '/'];
const f = (n: number, width = 7, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a').padStart(width);

const primaryDir = path.resolve(benchDatabase(LETTERS).dataDir);
let db = await startBenchDatabase(LETTERS);
const primaryPort = Number(new URL(db.url).port);
await db.stop();
copyAsStandby(primaryDir, `${primaryDir}-replika`);
delete process.env.DATABASE_URL;
db = await startBenchDatabase(LETTERS);
// The primary's own settings (its shared_buffers), so both read from memory alike.
const standby = await startStandby(`${primaryDir}-replika`, await freePort(), primaryPort, new URL(db.url).pathname.slice(1), benchDatabase(LETTERS).settings);

try {
  const sql = new pg.Client({ connectionString: db.url });
  await sql.connect();
  const { rows: people } = await sql.query<{ nip: string }>(
    `SELECT p.nip FROM "PenugasanJabatan" pj JOIN "Pegawai" p ON p.id = pj."pegawaiId" JOIN "Jabatan" j ON j.id = pj."jabatanId"
     WHERE pj.jenis = 'DEFINITIF' AND p.aktif AND j.aktif ORDER BY p.nip = $1 DESC, j.level, p.nip LIMIT $2`,
    [demoAccount('kepala').nip, USERS],
  );
  await sql.end();
  console.log(`replica-reads: ${LETTERS / 1000}k letters, ${people.length} people at once, ${SECONDS} s per point; load average ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  console.log(`${'page'.padEnd(18)} replica   req/s | server CPU ms/req | db CPU ms/req: primary  replica`);
  for (const replica of [false, true]) {
    const server = await startServer({ port: 3900, databaseUrl: db.url, env: replica ? { DATABASE_REPLICA_URL: standby.url } : {} });
    try {
      const cookies: string[] = [];
      for (const p of people) cookies.push(await signIn(server.baseUrl, p.nip, DEMO_PASSWORD));
      for (const page of PAGES) {
        const load = (seconds: number) =>
          runLoad({ url: `${server.baseUrl}${page}`, headers: (i) => ({ cookie: cookies[i % cookies.length]!, 'accept-encoding': 'gzip' }), concurrency: people.length, seconds });
        await load(2); // warm up
        const primaryCpu = () => treeUsage(process.pid, { exclude: [server.pid, standby.pid], withRoot: false })?.cpuMs ?? NaN;
        const replicaCpu = () => treeUsage(standby.pid)?.cpuMs ?? NaN;
        const serverCpu = () => treeUsage(server.pid)?.cpuMs ?? NaN;
        const [s0, p0, r0] = [serverCpu(), primaryCpu(), replicaCpu()];
        const r = await load(SECONDS);
        const [s1, p1, r1] = [serverCpu(), primaryCpu(), replicaCpu()];
        const per = (a: number, b: number) => f((a - b) / r.requests);
        console.log(
          `${page.padEnd(18)} ${(replica ? 'yes' : 'no').padEnd(7)} ${f(r.requests / r.seconds, 7, 1)} | ${per(s1, s0).padStart(17)} | ${' '.repeat(13)}${per(p1, p0)} ${per(r1, r0)}` +
            (r.errors ? `  (${r.errors} errors)` : ''),
        );
      }
    } finally {
      await server.stop();
    }
  }
} finally {
  await standby.stop();
  await db.stop();
}
