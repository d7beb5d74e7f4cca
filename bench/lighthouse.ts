// Lighthouse on the phone profile for the pejabat's pages (Beranda, Surat Masuk, a letter, the sign
// page), signed in as the Kepala Dinas, on the production server (`npm start`) against the 10k bench
// database. A naskah waiting for his signature is added when the database has none.
// Prints the accessibility and best-practices scores (target >= 95) and the audits that
// cost points; asserts nothing. Installability is checked by tests/e2e/offline.phone.spec.ts
// (Lighthouse 12 no longer has a PWA category).
//   npm run build && BENCH_LETTERS=10000 npm run bench:seed && npm run bench:lighthouse
// Lighthouse itself is not a dependency of the app: 13 needs Node 22, so 12.2.3 is fetched by npx
// (LIGHTHOUSE_BIN points at an installed one instead). Env: BENCH_PORT (default 3900), CHROMIUM_PATH.
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import pg from 'pg';
import { createPrismaClient } from '@/lib/db/client';
import { createLocalStorage } from '@/lib/storage/local-storage';
import { DEMO_PASSWORD, demoAccount } from '@/prisma/seed/demo-accounts';
import { seedNaskahMenunggu } from '@/prisma/seed/naskah-menunggu';
import { tinyPdf } from '@/tests/support/fixtures';
import { startBenchDatabase } from './bench-database';
import { startServer } from './load/server';
import { signIn } from './load/sign-in';

const run = promisify(execFile);
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const LIGHTHOUSE = process.env.LIGHTHOUSE_BIN ? [process.env.LIGHTHOUSE_BIN] : ['npx', '-y', 'lighthouse@12.2.3'];

interface Report {
  categories: Record<string, { score: number | null }>;
  audits: Record<string, { score: number | null; title: string; scoreDisplayMode: string }>;
}

async function lighthouse(url: string, cookie: string): Promise<Report> {
  const out = path.join(mkdtempSync(path.join(os.tmpdir(), 'lighthouse-')), 'report.json');
  const [bin, ...pre] = LIGHTHOUSE;
  await run(
    bin!,
    [
      ...pre,
      url,
      '--only-categories=accessibility,best-practices',
      '--form-factor=mobile',
      '--screenEmulation.mobile=true',
      '--screenEmulation.width=390',
      '--screenEmulation.height=844',
      '--screenEmulation.deviceScaleFactor=2',
      `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
      `--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update`,
      '--output=json',
      `--output-path=${out}`,
      '--quiet',
    ],
    { env: { ...process.env, CHROME_PATH: CHROMIUM }, maxBuffer: 64 * 1024 * 1024, timeout: 180_000 },
  );
  return JSON.parse(readFileSync(out, 'utf8')) as Report;
}

async function naskahMenungguTandaTangan(url: string): Promise<string> {
  const prisma = createPrismaClient(url);
  try {
    return await seedNaskahMenunggu(prisma, 'Laporan kemajuan SPBE (uji Lighthouse)', 'MENUNGGU_TANDA_TANGAN');
  } finally {
    await prisma.$disconnect();
  }
}

async function putScan(naskahId: string) {
  const { rows } = await sql.query<{ key: string }>(`SELECT b."storageKey" AS key FROM "Berkas" b JOIN "Naskah" n ON n."berkasUtamaId" = b.id WHERE n.id = $1`, [naskahId]);
  const store = createLocalStorage(path.resolve(process.env.STORAGE_DIR ?? '.data/files'));
  if (rows[0] && !(await store.get(rows[0].key))) await store.put(rows[0].key, await tinyPdf('Pindaian surat (uji Lighthouse)'), 'application/pdf');
}

const db = await startBenchDatabase(10_000);
const sql = new pg.Client({ connectionString: db.url });
await sql.connect();
const server = await startServer({ port: PORT, databaseUrl: db.url });
try {
  const kepala = demoAccount('kepala');
  const cookie = await signIn(server.baseUrl, kepala.email, DEMO_PASSWORD);
  const surat = await sql.query<{ id: string }>(
    `SELECT d."naskahId" AS id FROM "Delivery" d JOIN "PenugasanJabatan" pj ON pj."jabatanId" = d."jabatanId" JOIN "Pegawai" p ON p.id = pj."pegawaiId"
     WHERE p.nip = $1 AND pj.jenis = 'DEFINITIF' ORDER BY d."deliveredAt" DESC LIMIT 1`,
    [kepala.nip],
  );
  const ttd = await sql.query<{ id: string }>(
    `SELECT n.id FROM "Naskah" n JOIN "PenugasanJabatan" pj ON pj."jabatanId" = n."penandatanganJabatanId" JOIN "Pegawai" p ON p.id = pj."pegawaiId"
     WHERE p.nip = $1 AND n.status = 'MENUNGGU_TANDA_TANGAN' LIMIT 1`,
    [kepala.nip],
  );
  // The volume seed writes scan rows, not files: the letter's own scan is put in the store, or the
  // viewer's failed fetch costs "errors in console" on a page that is fine.
  if (surat.rows[0]) await putScan(surat.rows[0].id);
  // The volume seed makes incoming letters only: a sign page needs a naskah waiting for him.
  const ttdId = ttd.rows[0]?.id ?? (await naskahMenungguTandaTangan(db.url));
  const pages: [string, string | null][] = [
    ['Beranda', '/'],
    ['Surat Masuk', '/surat-masuk'],
    ['Surat', surat.rows[0] ? `/surat-masuk/${surat.rows[0].id}` : null],
    ['Tanda tangan', `/tanda-tangan/${ttdId}`],
  ];
  let worst = 100;
  for (const [label, pathname] of pages) {
    if (!pathname) {
      console.log(`${label.padEnd(14)} (no letter in this database)`);
      continue;
    }
    const report = await lighthouse(`${server.baseUrl}${pathname}`, cookie);
    const a11y = Math.round((report.categories.accessibility?.score ?? 0) * 100);
    const bp = Math.round((report.categories['best-practices']?.score ?? 0) * 100);
    worst = Math.min(worst, a11y, bp);
    const lost = Object.entries(report.audits)
      .filter(([, a]) => a.score !== null && a.score < 1 && a.scoreDisplayMode !== 'informative' && a.scoreDisplayMode !== 'manual')
      .map(([id]) => id);
    console.log(`${label.padEnd(14)} ${pathname.padEnd(56)} accessibility ${a11y}  best practices ${bp}${lost.length ? `  (lost: ${lost.join(', ')})` : ''}`);
  }
  console.log(`lighthouse: min score ${worst} (target 95)`);
} finally {
  await sql.end();
  await server.stop();
  await db.stop();
}
