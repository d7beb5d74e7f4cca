// Where one page's server CPU goes: for each page, a fresh single `next start` process on a bench
// database runs under `node --cpu-prof`, is loaded for a few seconds,
// and is stopped; prints the CPU ms per request (from /proc, not wall time) and the profile's top
// frames. Needs a build and a seeded database, like bench:load.
//   BENCH_LETTERS=10000 npx tsx bench/load/profile-pages.ts surat-masuk surat cari /menu anon:/masuk
// (page keys as bench:load names them, or paths starting with /)
// Env: BENCH_PROFILE_SECONDS (default 15), BENCH_PROFILE_CONCURRENCY (default 4), BENCH_PORT,
// BENCH_PG_PORT; profiles are kept in .data/profiles/<page>.
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { DEMO_PASSWORD, demoAccount } from '@/prisma/seed/demo-accounts';
import { BENCH_LETTERS, startBenchDatabase } from '../bench-database';
import { runLoad } from './http-load';
import { treeUsage } from './process-tree';
import { startServer } from './server';
import { signIn } from './sign-in';
import { needsStatStatements, SqlStats } from './sql-stats';
import { summariseProfiles } from './top-frames';

const SECONDS = Number(process.env.BENCH_PROFILE_SECONDS ?? 15);
const CONCURRENCY = Number(process.env.BENCH_PROFILE_CONCURRENCY ?? 4);
const PORT = Number(process.env.BENCH_PORT ?? 3900);

let db = await startBenchDatabase(BENCH_LETTERS);
if (await needsStatStatements(db.url)) {
  await db.stop();
  delete process.env.DATABASE_URL;
  db = await startBenchDatabase(BENCH_LETTERS);
}
const sql = await SqlStats.connect(db.url);
try {
  const [{ jabatanId: post }] = await sql.query<{ jabatanId: string }>(
    `SELECT pj."jabatanId" FROM "PenugasanJabatan" pj JOIN "Pegawai" p ON p.id = pj."pegawaiId" WHERE p.nip = $1 AND pj.jenis = 'DEFINITIF' LIMIT 1`,
    [demoAccount('kepala').nip],
  );
  const letters = (
    await sql.query<{ id: string }>(`SELECT "naskahId" AS id FROM "Delivery" WHERE "jabatanId" = $1 AND "readAt" IS NOT NULL ORDER BY md5("naskahId"::text) LIMIT 50`, [post])
  ).map((r) => `/surat-masuk/${r.id}`);
  const PATHS: Record<string, string[]> = {
    'surat-masuk': ['/surat-masuk'],
    surat: letters,
    disposisi: ['/disposisi'],
    beranda: ['/'],
    'tanda-tangan': ['/tanda-tangan'],
    cari: ['/cari?q=undangan'],
  };
  for (const key of process.argv.slice(2)) {
    // `anon:` before a path: loaded signed out (the floor of a page outside the app's layout).
    const anonymous = key.startsWith('anon:');
    const paths = anonymous ? [key.slice('anon:'.length)] : (PATHS[key] ?? [key]);
    if (!paths[0]!.startsWith('/')) throw new Error(`${key}: neither a page key (${Object.keys(PATHS).join(', ')}) nor a path starting with /.`);
    const dir = path.resolve('.data/profiles', key.replace(/[^a-z0-9-]/gi, '_'));
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const window = { fromUs: 0, toUs: 0 };
    const server = await startServer({
      port: PORT,
      databaseUrl: db.url,
      profile: dir,
    });
    try {
      const cookie = anonymous ? null : await signIn(server.baseUrl, demoAccount('kepala').email, DEMO_PASSWORD);
      const headers: Record<string, string> = { ...(cookie && { cookie }), 'accept-encoding': 'gzip' };
      let turn = 0;
      const url = () => `${server.baseUrl}${paths[turn++ % paths.length]}`;
      await runLoad({ url, headers, concurrency: CONCURRENCY, seconds: 3 });
      const before = treeUsage(server.pid);
      await sql.reset();
      window.fromUs = Number(process.hrtime.bigint() / 1000n);
      const r = await runLoad({ url, headers, concurrency: CONCURRENCY, seconds: SECONDS });
      window.toUs = Number(process.hrtime.bigint() / 1000n);
      const stats = await sql.read();
      const after = treeUsage(server.pid);
      const cpu = before && after ? (after.cpuMs - before.cpuMs) / r.requests : NaN;
      console.log(
        `\n== ${key}: ${r.requests} requests (${r.errors} errors), server CPU ${cpu.toFixed(1)} ms/req, ` +
          `${(stats.statements / r.requests).toFixed(1)} statements/req, SQL ${(stats.ms / r.requests).toFixed(2)} ms/req`,
      );
    } finally {
      await server.stop();
    }
    for (const line of summariseProfiles(dir, 30, window)) console.log(line);
  }
} finally {
  await sql.end();
  await db.stop();
}
