// What a pemda admin downloading the whole pemda's Kinerja pegawai as PDF does to everyone else:
// the Kepala Dinas's Surat Masuk is loaded by BENCH_UNDUH_PAGE_USERS clients for a fixed time,
// first alone, then while BENCH_UNDUH_DOWNLOADERS clients download
// /laporan/kinerja/unduh?format=<BENCH_UNDUH_FORMAT> back to back (the launcher's processes, a
// bench database with its staff). Prints figures; asserts nothing.
//   BENCH_LETTERS=10000 npx tsx bench/laporan-unduh.ts
// Last line: `laporan-unduh: surat masuk p95 <a> ms alone, <b> ms during <n> kinerja pdf downloads (<d> ms each)`
import { DEMO_PASSWORD, demoAccount } from '@/prisma/seed/demo-accounts';
import { BENCH_LETTERS, startBenchDatabase } from './bench-database';
import { percentile, runLoad, type LoadResult } from './load/http-load';
import { startServer } from './load/server';
import { signIn } from './load/sign-in';

const PORT = Number(process.env.BENCH_PORT ?? 3900);
const SECONDS = Number(process.env.BENCH_UNDUH_SECONDS ?? 20);
const PAGE_USERS = Number(process.env.BENCH_UNDUH_PAGE_USERS ?? 10);
const DOWNLOADERS = Number(process.env.BENCH_UNDUH_DOWNLOADERS ?? 2);
const FORMAT = process.env.BENCH_UNDUH_FORMAT ?? 'pdf';

const ms = (n: number) => n.toFixed(1);
const summary = (r: LoadResult) =>
  `${r.requests} in ${r.seconds.toFixed(1)} s (${(r.requests / r.seconds).toFixed(1)} req/s), p50 ${ms(percentile(r.latencies, 50))} ms, p95 ${ms(percentile(r.latencies, 95))} ms, max ${ms(r.latencies.at(-1) ?? 0)} ms, errors ${r.errors}${r.errorKinds.length ? ` (${r.errorKinds.join('; ')})` : ''}`;

const db = await startBenchDatabase(BENCH_LETTERS);
const server = await startServer({ port: PORT, databaseUrl: db.url });
try {
  const kepala = await signIn(server.baseUrl, demoAccount('kepala').email, DEMO_PASSWORD);
  const admin = await signIn(server.baseUrl, demoAccount('admin').email, DEMO_PASSWORD);
  const page = { url: `${server.baseUrl}/surat-masuk`, headers: { cookie: kepala }, concurrency: PAGE_USERS, seconds: SECONDS };
  const download = { url: `${server.baseUrl}/laporan/kinerja/unduh?format=${FORMAT}`, headers: { cookie: admin }, concurrency: DOWNLOADERS, seconds: SECONDS };
  // Warm: the JIT, the report worker and its bundle, the fonts.
  await runLoad({ ...page, seconds: 5 });
  await runLoad({ ...download, concurrency: 1, seconds: 5 });

  const alone = await runLoad(page);
  console.log(`surat masuk alone, ${PAGE_USERS} users:`, summary(alone));
  const [during, downloads] = await Promise.all([runLoad(page), runLoad(download)]);
  console.log(`surat masuk during downloads:`, summary(during));
  console.log(`kinerja ${FORMAT} downloads, ${DOWNLOADERS} admins:`, summary(downloads), `${(downloads.bytes / Math.max(1, downloads.requests) / 1024).toFixed(0)} KB each`);
  console.log(
    `laporan-unduh: surat masuk p95 ${ms(percentile(alone.latencies, 95))} ms alone, ${ms(percentile(during.latencies, 95))} ms during ${downloads.requests} kinerja ${FORMAT} downloads (${ms(percentile(downloads.latencies, 50))} ms each)`,
  );
} finally {
  await server.stop();
  await db.stop();
}
