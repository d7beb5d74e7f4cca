// What a page weighs on the wire, signed in as the Kepala Dinas on the production launcher: the
// HTML (with the flight data it carries for hydration) and the RSC payload of a client-side
// navigation, uncompressed and gzipped, and how many client-component references each holds.
// Prints figures; asserts nothing.
//   BENCH_LETTERS=10000 npx tsx bench/load/page-weight.ts anon:/masuk /menu /surat-masuk
// Env: BENCH_PORT, BENCH_PG_PORT; BENCH_WEIGHT_DUMP=dir also writes each answer there;
// BENCH_WEIGHT_AS=admin signs in as another demo account.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { DEMO_PASSWORD, demoAccount, type DemoAccountKey } from '@/prisma/seed/demo-accounts';
import { BENCH_LETTERS, startBenchDatabase } from '../bench-database';
import { startServer } from './server';
import { signIn } from './sign-in';

const PORT = Number(process.env.BENCH_PORT ?? 3900);
const DUMP = process.env.BENCH_WEIGHT_DUMP;
/** Whose pages: a demo account key (default the Kepala Dinas); admin pages need 'admin' or 'adminOpd'. */
const WHO = (process.env.BENCH_WEIGHT_AS ?? 'kepala') as DemoAccountKey;

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

const db = await startBenchDatabase(BENCH_LETTERS);
const server = await startServer({ port: PORT, databaseUrl: db.url });
try {
  const cookie = await signIn(server.baseUrl, demoAccount(WHO).email, DEMO_PASSWORD);
  if (DUMP) mkdirSync(DUMP, { recursive: true });
  for (const arg of process.argv.slice(2)) {
    const anonymous = arg.startsWith('anon:');
    const pagePath = anonymous ? arg.slice('anon:'.length) : arg;
    const base: Record<string, string> = anonymous ? {} : { cookie };
    for (const [kind, headers] of [
      ['html', base],
      ['rsc', { ...base, rsc: '1' }],
    ] as const) {
      // Next answers a bare RSC request with a redirect to the same path with its cache-busting query.
      const res = await fetch(`${server.baseUrl}${pagePath}`, { headers, redirect: kind === 'rsc' ? 'follow' : 'manual' });
      const body = await res.text();
      // A client component appears in the flight data as an "I" (import) row.
      const clientRefs = (body.match(/:I\[/g) ?? []).length;
      console.log(
        `${arg.padEnd(20)} ${kind.padEnd(4)} HTTP ${res.status}  ${kb(Buffer.byteLength(body)).padStart(9)}  gzip ${kb(gzipSync(body).length).padStart(8)}  client refs ${clientRefs}`,
      );
      if (DUMP) writeFileSync(path.join(DUMP, `${pagePath.replace(/[^a-z0-9]+/gi, '_') || 'root'}.${kind}`), body);
    }
  }
} finally {
  await server.stop();
  await db.stop();
}
