// `npm run bench:verify`: the public verifier's speed and safety, figures only (asserts nothing).
// - p50 of verifying a genuine signed two-page naskah (mock CA, B-LT): in the worker pool as the
//   app does, and in-process for comparison (target p50 < 150 ms)
// - the worst time of a hostile corpus up to the 20 MB upload limit, through the pool (target < 3 s each)
// - with a production build present (`next build`): p95 of a plain page request to `next start`
//   without and while hostile files are being verified through /api/verifikasi (target within 2x)
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus, loadavg } from 'node:os';
import { Worker } from 'node:worker_threads';
import { deflateSync } from 'node:zlib';
import { PDFName } from 'pdf-lib';
import { createPrismaClient } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrations';
import { ensureCertificate } from '@/lib/signing/mock-ca/certificates';
import { MockCaSigner } from '@/lib/signing/mock-ca/mock-ca-signer';
import { renderNaskahPdf } from '@/lib/pdf/naskah/render';
import { sampleNaskahInput } from '@/lib/pdf/naskah/samples';
import { defaultVerifyOptions } from '@/lib/signing/verify/defaults';
import { verifyTaskInput } from '@/lib/signing/verify/task-input';
import { verifyStructureSafely } from '@/lib/signing/verify/verify-task';
import { runUntrusted, UntrustedTaskError } from '@/lib/untrusted/worker-pool';
import { appendUpdate, handMadeBase, handMadePdf, objectsOf, serialise, stream } from '@/tests/support/structure-attacks';
import { runWithDatabase } from '../scripts/db/run-script';

const HOLDER = { nama: 'Penanda Tangan Bench Verifikasi', nik: '3200000000000098', instansi: 'Pemerintah Provinsi Nusa Indah' };
const PASSPHRASE = 'Bench#TTE2026';
const RUNS = 30;
const MB = 1024 * 1024;

const percentile = (xs: number[], p: number) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
};
const ms = (n: number) => `${n.toFixed(1)} ms`;

async function timed<T>(fn: () => Promise<T>): Promise<[T, number, number]> {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const value = await fn();
  const used = process.cpuUsage(cpu);
  // CPU time of this process's threads (the workers and their page renderer included): the fairer figure on a shared machine.
  return [value, performance.now() - t, (used.user + used.system) / 1000];
}

/** Hostile files of the review's shapes, the largest close to the 20 MB upload limit. */
async function hostileCorpus(naskah: Uint8Array): Promise<[string, Uint8Array][]> {
  const o = await objectsOf(naskah);
  const page = o.dict(o.pageRefs[0]);
  const withCatalog = (extra: string) => serialise(o.doc.catalog).toString('latin1').replace(/\/DSS \d+ 0 R/, extra);
  const tiny = (n: number) => Array.from({ length: n }, (_, i) => ({ num: o.size + i, body: '<< >>' }));
  const sigField = '<< /FT /Sig /V 6 0 R >>';
  const manyFields = handMadeBase();
  manyFields[0] = `<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [${Array.from({ length: 20_000 }, (_, i) => `${7 + i} 0 R`).join(' ')}] >> >>`;
  const forged = handMadeBase('Surat palsu', '/Annots [6 0 R]');
  forged[0] = '<< /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [6 0 R] >> >>';
  page.set(PDFName.of('MediaBox'), page.context.obj([0, 0, 300, 300]));
  return [
    ['ISA: halaman 1 ditulis ulang', appendUpdate(naskah, [{ num: o.pageRefs[0].objectNumber, body: serialise(page) }], { root: o.root, size: o.size })],
    ['32.000 objek kecil', appendUpdate(naskah, tiny(32_000), { root: o.root, size: o.size + 32_000 })],
    ['99.000 objek kecil (dekat batas)', appendUpdate(naskah, tiny(99_000), { root: o.root, size: o.size + 99_000 })],
    ['20.000 bidang dengan kamus tanda tangan yang sama', handMadePdf([...manyFields, '<< /Type /Sig /ByteRange [0 10 20 10] /Contents <3082> >>', ...Array.from({ length: 20_000 }, () => sigField)])],
    [
      'aliran DSS dirujuk 1.000.000 kali',
      appendUpdate(
        naskah,
        [
          { num: o.root, body: withCatalog(`/DSS ${o.size + 1} 0 R`) },
          { num: o.size, body: stream(Buffer.alloc(2048, 0x30)) },
          { num: o.size + 1, body: `<< /Certs [${`${o.size} 0 R `.repeat(1_000_000)}] >>` },
        ],
        { root: o.root, size: o.size + 2 },
      ),
    ],
    [
      'bom deflate (256 MB setelah dibuka)',
      appendUpdate(
        naskah,
        [
          { num: o.root, body: withCatalog(`/DSS ${o.size + 1} 0 R`) },
          { num: o.size, body: stream(deflateSync(Buffer.alloc(256 * MB), { level: 9 }), '/Filter /FlateDecode') },
          { num: o.size + 1, body: `<< /Certs [${o.size} 0 R] >>` },
        ],
        { root: o.root, size: o.size + 2 },
      ),
    ],
    ['ByteRange 10^18', handMadePdf([...forged, '<< /FT /Sig /T (TTE) /V 7 0 R >>', '<< /Type /Sig /ByteRange [0 10 20 1000000000000000000] /Contents <3082> >>'])],
    ['larik bersarang 9 MB di katalog', appendUpdate(naskah, [{ num: o.root, body: withCatalog(`/Deep ${'['.repeat(4.5 * MB)}${']'.repeat(4.5 * MB)}`) }], { root: o.root, size: o.size })],
    ['rantai /Prev berputar', appendUpdate(naskah, [{ num: o.root, body: serialise(o.doc.catalog) }], { root: o.root, size: o.size, prev: 'self' })],
    ['aliran 19 MB tanpa rujukan', appendUpdate(naskah, [{ num: o.size, body: stream(Buffer.alloc(19 * MB, 0x41)) }], { root: o.root, size: o.size + 1 })],
    ['19 MB kepala objek tanpa xref', Buffer.concat([Buffer.from(naskah), Buffer.from('1 0 obj\n'.repeat((19 * MB) / 8))])],
    ['19 MB teks /ByteRange', Buffer.concat([Buffer.from(naskah), Buffer.from(`%${'/ByteRange '.repeat((19 * MB) / 11)}\n`)])],
  ];
}

/** Requests GET path one after another for `count` times; the durations in ms. */
async function pageTimes(base: string, path: string, count: number): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < count; i++) {
    const [ok, t] = await timed(() => fetch(base + path).then(async (r) => (await r.arrayBuffer(), r.ok), () => false));
    times.push(ok ? t : Number.POSITIVE_INFINITY);
  }
  return times;
}

/**
 * `clients` uploaders posting the hostile files to /api/verifikasi in a loop, from a thread of their
 * own as other people's browsers would: sending 20 MB bodies must not delay the timing loop's own
 * page requests on this event loop. stop() ends the loops and returns the answers' statuses.
 */
function hostileUploads(base: string, files: Uint8Array[], clients: number): { stop(): Promise<Record<string, number>> } {
  const code = `
    const { workerData, parentPort } = require('node:worker_threads');
    const { base, files, clients } = workerData;
    let running = true;
    parentPort.once('message', () => { running = false; });
    const statuses = {};
    const post = (pdf) => {
      const form = new FormData();
      form.set('file', new Blob([pdf], { type: 'application/pdf' }), 'dokumen.pdf');
      // A refused or reset connection counts as an answer of its own ("0").
      return fetch(base + '/api/verifikasi', { method: 'POST', body: form }).then(async (r) => (await r.arrayBuffer(), r.status), () => 0);
    };
    const loop = async (offset) => {
      for (let i = offset; running; i++) {
        const status = await post(files[i % files.length]);
        statuses[status] = (statuses[status] ?? 0) + 1;
      }
    };
    Promise.all(Array.from({ length: clients }, (_, k) => loop(k * 5))).then(() => parentPort.postMessage(statuses));
  `;
  const worker = new Worker(code, { eval: true, workerData: { base, files, clients } });
  return {
    stop: () =>
      new Promise((resolve, reject) => {
        worker.once('message', (statuses: Record<string, number>) => void worker.terminate().then(() => resolve(statuses)));
        worker.once('error', reject);
        worker.postMessage('stop');
      }),
  };
}

async function serverPhase(databaseUrl: string, naskah: Uint8Array, hostile: [string, Uint8Array][]): Promise<void> {
  if (!existsSync('.next/BUILD_ID')) {
    console.log('Tidak ada build produksi (.next/BUILD_ID): jalankan `npm run build` untuk mengukur p95 halaman di server.');
    return;
  }
  const port = process.env.BENCH_PORT ?? process.env.E2E_PORT ?? '3199';
  const nextBin = createRequire(import.meta.url).resolve('next/dist/bin/next');
  const server = spawn(process.execPath, [nextBin, 'start', '-p', port], {
    stdio: 'ignore',
    env: { ...process.env, DATABASE_URL: databaseUrl, AUTH_SECRET: 'bench-verify-secret-0123456789abcdef', AUTH_TRUST_HOST: 'true' },
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    let up = false;
    for (let i = 0; i < 360 && !up; i++) {
      up = await fetch(`${base}/verifikasi`).then((r) => r.ok, () => false);
      if (!up) await new Promise((r) => setTimeout(r, 500));
    }
    if (!up) {
      console.log(`next start tidak menjawab di ${base} dalam 3 menit: p95 halaman tidak diukur.`);
      return;
    }
    const genuine = new FormData();
    genuine.set('file', new Blob([new Uint8Array(naskah)], { type: 'application/pdf' }), 'naskah.pdf');
    const answer = (await fetch(`${base}/api/verifikasi`, { method: 'POST', body: genuine }).then((r) => r.json())) as { verification?: { conclusion: string } };
    console.log(`next start: POST /api/verifikasi naskah asli -> ${answer.verification?.conclusion ?? JSON.stringify(answer)}`);
    await pageTimes(base, '/verifikasi', 20);
    // Warm the pool (its workers start on first use).
    const post = (pdf: Uint8Array) => {
      const form = new FormData();
      form.set('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'dokumen.pdf');
      // A refused or reset connection counts as an answer of its own ("0"), it does not stop the bench.
      return fetch(`${base}/api/verifikasi`, { method: 'POST', body: form }).then(
        async (r) => (await r.arrayBuffer(), r.status),
        () => 0,
      );
    };
    await post(hostile[0][1]);
    const quiet = await pageTimes(base, '/verifikasi', 200);
    const uploads = hostileUploads(base, hostile.map(([, pdf]) => pdf), 2);
    const busy = await pageTimes(base, '/verifikasi', 200);
    const statuses = await uploads.stop();
    const [q, b] = [percentile(quiet, 95), percentile(busy, 95)];
    console.log(`GET /verifikasi p95 tanpa beban: ${ms(q)}; sambil memeriksa berkas berbahaya: ${ms(b)} (${(b / q).toFixed(2)}x; target <= 2x)`);
    console.log(`  status jawaban /api/verifikasi selama beban: ${Object.entries(statuses).map(([s, n]) => `${s}: ${n}`).join(', ')}`);
  } finally {
    server.kill('SIGTERM');
  }
}

await runWithDatabase(async (database) => {
  await applyMigrations(database.url);
  const db = createPrismaClient(database.url);
  try {
    await ensureCertificate(HOLDER, PASSPHRASE, { db });
    const rendered = await renderNaskahPdf(sampleNaskahInput('SURAT_DINAS', 'FINAL'));
    const { pdf: naskah } = await new MockCaSigner({ db }).signPdf({ pdf: rendered.pdf, nik: HOLDER.nik, passphrase: PASSPHRASE, appearance: rendered.signatureBox });
    const options = await defaultVerifyOptions();
    const input = verifyTaskInput(naskah, options);

    // The first task of a fresh worker compiles and warms the verifier: measured apart.
    const [first, firstMs] = await timed(() => runUntrusted('verifyPdf', input, { timeoutMs: 60_000 }));
    console.log(`Pemeriksaan pertama di worker baru: ${ms(firstMs)}`);
    console.log(`Naskah asli ${rendered.pageCount} halaman, ${(naskah.length / 1024).toFixed(0)} KB: ${first.conclusion} (${first.signatures.map((s) => `${s.kind} ${s.level ?? '-'} ${s.status}`).join('; ')})`);
    const pooled: number[] = [];
    const pooledCpu: number[] = [];
    const inProcess: number[] = [];
    const inProcessCpu: number[] = [];
    let overBudget = 0;
    for (let i = 0; i < RUNS; i++) {
      const [, wall, cpu] = await timed(() => runUntrusted('verifyPdf', input).catch(() => overBudget++));
      pooled.push(wall);
      pooledCpu.push(cpu);
      const [, wall2, cpu2] = await timed(() => verifyStructureSafely(naskah, options));
      inProcess.push(wall2);
      inProcessCpu.push(cpu2);
    }
    console.log(`Beban mesin (load average 1 menit): ${loadavg()[0].toFixed(1)} pada ${cpus().length} inti`);
    console.log(`Verifikasi naskah asli (${RUNS}x) lewat worker pool: p50 ${ms(percentile(pooled, 50))} (CPU ${ms(percentile(pooledCpu, 50))}), p95 ${ms(percentile(pooled, 95))}, melewati batas waktu: ${overBudget} (target p50 < 150 ms)`);
    console.log(`  di proses yang sama (pembanding): p50 ${ms(percentile(inProcess, 50))} (CPU ${ms(percentile(inProcessCpu, 50))}), p95 ${ms(percentile(inProcess, 95))}`);

    const hostile = await hostileCorpus(naskah);
    let worst = 0;
    for (const [name, pdf] of hostile) {
      const [answer, t, cpu] = await timed(() =>
        runUntrusted('verifyPdf', verifyTaskInput(pdf, options)).catch((error: unknown) => ({
          conclusion: 'DITOLAK',
          summary: error instanceof UntrustedTaskError ? error.message : String(error),
        })),
      );
      worst = Math.max(worst, t);
      console.log(`  ${name.padEnd(48)} ${(pdf.length / MB).toFixed(1).padStart(5)} MB  ${ms(t).padStart(10)} (CPU ${ms(cpu)})  ${answer.conclusion}: ${answer.summary.slice(0, 80)}`);
    }
    console.log(`Berkas berbahaya terlama: ${ms(worst)} (target < 3 s per berkas)`);

    await serverPhase(database.url, naskah, hostile);
  } finally {
    await db.$disconnect();
  }
});
