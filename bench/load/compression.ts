// What gzip costs per page: two plain Node servers answer a saved page (bench/load/page-weight.ts
// with BENCH_WEIGHT_DUMP, or a synthetic one) in three chunks, each flushed, as Next streams a page:
// one through Next's own compression middleware (what `compress: true` runs), one through the
// launcher's preload (scripts/lib/compress-responses.cjs). Alternating rounds at one client; prints
// the median server CPU per answer and the bytes sent. Figures only; asserts nothing.
//   npx tsx bench/load/compression.ts [page.html]
// Env: BENCH_COMPRESSION_ROUNDS (default 10), BENCH_COMPRESSION_SECONDS (per round, default 3).
import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { runLoad } from './http-load';
import { treeUsage } from './process-tree';

const require = createRequire(import.meta.url);
const ROUNDS = Number(process.env.BENCH_COMPRESSION_ROUNDS ?? 10);
const SECONDS = Number(process.env.BENCH_COMPRESSION_SECONDS ?? 3);

const pageFile = process.argv[2] ?? path.join(os.tmpdir(), 'bench-compression-page.html');
if (!process.argv[2]) {
  const rows = Array.from({ length: 25 }, (_, i) => `<li class="letter-row"><a href="/surat-masuk/${i}">Undangan rapat koordinasi ${i}</a><span class="badge-biasa">Biasa</span><time>2 Des 2026</time></li>`);
  writeFileSync(pageFile, `<!DOCTYPE html><html lang="id"><body><main><ul>${rows.join('').repeat(12)}</ul></main></body></html>`);
}

const SERVER = `
const http = require('node:http');
const body = require('node:fs').readFileSync(process.env.PAGE);
const parts = [body.subarray(0, 4000), body.subarray(4000, 30000), body.subarray(30000)];
const compress = process.env.MIDDLEWARE ? require(process.env.MIDDLEWARE)() : null;
const server = http.createServer((req, res) => {
  if (compress) compress(req, res, () => {});
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.flushHeaders();
  let i = 0;
  const next = () => {
    if (i === parts.length) return res.end();
    res.write(parts[i++]);
    if (typeof res.flush === 'function') res.flush();
    setImmediate(next);
  };
  next();
});
server.listen(0, '127.0.0.1', () => process.send(server.address().port));
`;
const serverFile = path.join(os.tmpdir(), 'bench-compression-server.cjs');
writeFileSync(serverFile, SERVER);

interface Contender {
  name: string;
  child: ChildProcess;
  port: number;
  cpu: number[];
  bytes: number;
}

async function start(name: string, execArgv: string[], env: Record<string, string>): Promise<Contender> {
  const child = fork(serverFile, { execArgv, env: { ...process.env, PAGE: pageFile, ...env } });
  const port = await new Promise<number>((resolve) => child.once('message', (p) => resolve(Number(p))));
  return { name, child, port, cpu: [], bytes: 0 };
}

const contenders = [
  await start("Next's compression", [], { MIDDLEWARE: require.resolve('next/dist/compiled/compression') }),
  await start('compress-responses.cjs', ['--require', path.resolve('scripts/lib/compress-responses.cjs')], {}),
  await start('none (HTTP_COMPRESSION=off)', ['--require', path.resolve('scripts/lib/compress-responses.cjs')], { HTTP_COMPRESSION: 'off' }),
];
const headers = { 'accept-encoding': 'gzip, deflate, br' };
try {
  for (const c of contenders) await runLoad({ url: `http://127.0.0.1:${c.port}/`, headers, concurrency: 2, seconds: 2 });
  for (let round = 0; round < ROUNDS; round++) {
    for (const c of contenders) {
      const before = treeUsage(c.child.pid!);
      const r = await runLoad({ url: `http://127.0.0.1:${c.port}/`, headers, concurrency: 1, seconds: SECONDS });
      const after = treeUsage(c.child.pid!);
      if (before && after) c.cpu.push((after.cpuMs - before.cpuMs) / r.requests);
      c.bytes = r.bytes / r.requests;
    }
  }
  const page = readFileSync(pageFile).length;
  console.log(`page ${(page / 1024).toFixed(1)} KB in 3 flushed chunks, ${ROUNDS} rounds of ${SECONDS} s each at one client`);
  for (const c of contenders) {
    const sorted = [...c.cpu].sort((a, b) => a - b);
    console.log(`${c.name.padEnd(28)} server CPU ${sorted[sorted.length >> 1]!.toFixed(2)} ms/answer (median), ${(c.bytes / 1024).toFixed(1)} KB sent`);
  }
} finally {
  for (const c of contenders) c.child.kill();
}
