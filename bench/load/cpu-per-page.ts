// Server CPU per request of any pages, on the production launcher (`npm start`) against a bench
// database, signed in as the Kepala Dinas: the floor of a page is the CPU of a trivial page in the
// same layout (/menu) and outside it (/masuk). Prints figures; asserts nothing.
//   BENCH_LETTERS=10000 npx tsx bench/load/cpu-per-page.ts /masuk /menu /surat-masuk
// Env: BENCH_CPU_SECONDS (per page, default 10), BENCH_CPU_CONCURRENCY (default 1), BENCH_PORT, BENCH_PG_PORT.
import os from 'node:os';
import { DEMO_PASSWORD, demoAccount } from '@/prisma/seed/demo-accounts';
import { BENCH_LETTERS, startBenchDatabase } from '../bench-database';
import { runLoad } from './http-load';
import { treeUsage } from './process-tree';
import { startServer } from './server';
import { signIn } from './sign-in';

const SECONDS = Number(process.env.BENCH_CPU_SECONDS ?? 10);
const CONCURRENCY = Number(process.env.BENCH_CPU_CONCURRENCY ?? 1);
const PORT = Number(process.env.BENCH_PORT ?? 3900);

const db = await startBenchDatabase(BENCH_LETTERS);
const server = await startServer({ port: PORT, databaseUrl: db.url });
try {
  const cookie = await signIn(server.baseUrl, demoAccount('kepala').email, DEMO_PASSWORD);
  const headers = { cookie, 'accept-encoding': 'gzip' };
  for (const path of process.argv.slice(2)) {
    const url = () => `${server.baseUrl}${path}`;
    await runLoad({ url, headers, concurrency: CONCURRENCY, seconds: 3 });
    const before = treeUsage(server.pid);
    const r = await runLoad({ url, headers, concurrency: CONCURRENCY, seconds: SECONDS });
    const after = treeUsage(server.pid);
    const cpu = before && after ? (after.cpuMs - before.cpuMs) / r.requests : NaN;
    console.log(`${path.padEnd(20)} ${String(r.requests).padStart(6)} requests, ${r.errors} errors, server CPU ${cpu.toFixed(1)} ms/req, load ${os.loadavg()[0].toFixed(2)}`);
  }
} finally {
  await server.stop();
  await db.stop();
}
