// Server CPU per request of any pages, on the production launcher (`npm start`) against a bench
// database, signed in as the Kepala Dinas: the floor of a page is the CPU of a trivial page in the
// same layout (/menu) and outside it (/masuk, signed out: `anon:` before a path). `rsc:` before a
// path asks for what a tap on an in-app link fetches instead of the document: the page's RSC answer
// (the whole tree, as without the router's state header), no HTML rendered from it. Prints figures;
// asserts nothing.
//   BENCH_LETTERS=10000 npx tsx bench/load/cpu-per-page.ts anon:/masuk /menu /surat-masuk rsc:/surat-masuk
// Env: BENCH_CPU_SECONDS (per page, default 10), BENCH_CPU_CONCURRENCY (default 1), BENCH_CPU_GZIP
// (default 1; 0 asks for uncompressed answers, to see what compressing costs), BENCH_PORT, BENCH_PG_PORT.
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
const ENCODING: Record<string, string> = process.env.BENCH_CPU_GZIP === '0' ? {} : { 'accept-encoding': 'gzip' };

const db = await startBenchDatabase(BENCH_LETTERS);
const server = await startServer({ port: PORT, databaseUrl: db.url });
try {
  const cookie = await signIn(server.baseUrl, demoAccount('kepala').email, DEMO_PASSWORD);
  for (const arg of process.argv.slice(2)) {
    const anonymous = arg.startsWith('anon:');
    const rsc = arg.startsWith('rsc:');
    const path = arg.replace(/^(anon|rsc):/, '');
    const headers: Record<string, string> = { ...(!anonymous && { cookie }), ...(rsc && { rsc: '1' }), ...ENCODING };
    // Next answers an RSC request without its cache-busting query with a redirect to it.
    const target = rsc ? `${path}${path.includes('?') ? '&' : '?'}_rsc` : path;
    const url = () => `${server.baseUrl}${target}`;
    // Warm up long enough for the JIT: a cold page costs several times its steady CPU.
    await runLoad({ url, headers, concurrency: 4, seconds: 5 });
    const before = treeUsage(server.pid);
    const r = await runLoad({ url, headers, concurrency: CONCURRENCY, seconds: SECONDS });
    const after = treeUsage(server.pid);
    const cpu = before && after ? (after.cpuMs - before.cpuMs) / r.requests : NaN;
    console.log(`${arg.padEnd(20)} ${String(r.requests).padStart(6)} requests, ${r.errors} errors, server CPU ${cpu.toFixed(1)} ms/req, load ${os.loadavg()[0].toFixed(2)}`);
  }
} finally {
  await server.stop();
  await db.stop();
}
