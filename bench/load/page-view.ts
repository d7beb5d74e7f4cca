// What one page view costs the server when a person opens it in a browser, not only the document:
// Chromium (1280x800 and 390x844) signed in as the Kepala Dinas opens each bench page several
// times; every request the server gets during a view is counted by kind (the document, the
// router's prefetches of the links on screen, navigations, assets) with the server's CPU for the
// whole view; then a walk of taps through the menu and a letter, per tap. bench:load's figures are
// per document; a browser's view can cost far more. The request counts are exact; the CPU of one
// view at a time runs 2-4x bench:load's per-document figure (a process idle between requests
// collects and cools down in between), so compare it with itself, not with bench:load.
//   BENCH_LETTERS=10000 npx tsx bench/load/page-view.ts
// Env: BENCH_VIEW_ROUNDS (views per page and viewport, and walks, default 4), BENCH_PORT, BENCH_PG_PORT.
import { existsSync } from 'node:fs';
import { chromium, type Locator, type Page, type Request } from '@playwright/test';
import { DEMO_PASSWORD, demoAccount } from '@/prisma/seed/demo-accounts';
import { BENCH_LETTERS, startBenchDatabase } from '../bench-database';
import { treeUsage } from './process-tree';
import { startServer } from './server';
import { signIn } from './sign-in';

const ROUNDS = Number(process.env.BENCH_VIEW_ROUNDS ?? 4);
const PORT = Number(process.env.BENCH_PORT ?? 3900);
const VIEWPORTS = [
  { name: '1280x800', viewport: { width: 1280, height: 800 } },
  { name: '390x844', viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true },
];
// How long a view is watched after it loaded: the router prefetches links as they come into view,
// some after an idle callback.
const SETTLE_MS = 2500;

// What is tapped, at either size: the menu's entries (sidebar or bottom bar) and a letter's row.
const menuEntry = (href: string) => (page: Page) => page.locator(`nav a[href="${href}"]`).filter({ visible: true }).first();
const TAP_SURAT_MASUK = menuEntry('/surat-masuk');
const TAP_DISPOSISI = menuEntry('/disposisi');
const TAP_TANDA_TANGAN = menuEntry('/tanda-tangan');
const TAP_BERANDA = menuEntry('/');
const TAP_FIRST_LETTER = (page: Page) => page.getByRole('main').locator('a[href^="/surat-masuk/"]').first();

type Kind = 'document' | 'prefetch' | 'navigation' | 'asset';

function kindOf(request: Request): Kind {
  const headers = request.headers();
  if (request.resourceType() === 'document') return 'document';
  if (headers['rsc'] === '1') return headers['next-router-prefetch'] === '1' ? 'prefetch' : 'navigation';
  return 'asset';
}

// Checked before the database and server start: a failed launch after them left both running and
// the bench waiting on them without a word.
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  console.error(`bench:page-view needs Chromium at ${CHROMIUM}: install it (apt-get install -y chromium) or set CHROMIUM_PATH.`);
  process.exit(1);
}
const db = await startBenchDatabase(BENCH_LETTERS);
const server = await startServer({ port: PORT, databaseUrl: db.url });
const browser = await chromium
  .launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  })
  .catch(async (error: unknown) => {
    await server.stop();
    await db.stop();
    throw error;
  });
try {
  const session = await signIn(server.baseUrl, demoAccount('kepala').email, DEMO_PASSWORD);
  const [cookieName] = session.split('=', 1);
  const letter = await firstLetterOf(session);
  const pages: [string, string][] = [
    ['Beranda', '/'],
    ['Surat Masuk', '/surat-masuk'],
    ['a letter', letter],
    ['Disposisi', '/disposisi'],
    ['Perlu Tanda Tangan', '/tanda-tangan'],
    ['Cari', '/cari?q=undangan'],
  ];
  // The launcher's first minute runs the job queue's start-up tasks; let them pass.
  await new Promise((resolve) => setTimeout(resolve, 20_000));
  let worst = 0;
  for (const { name: viewportName, ...options } of VIEWPORTS) {
    const context = await browser.newContext(options);
    await context.addCookies([{ name: cookieName, value: session.slice(cookieName.length + 1), url: server.baseUrl }]);
    const page = await context.newPage();
    const counter = countRequests(page);
    for (const [label, path] of pages) {
      await view(page, path); // warm: the JIT, the browser's asset cache
      const { cpu, per } = await measure(page, counter, () => view(page, path));
      worst = Math.max(worst, cpu);
      console.log(`${viewportName} ${label.padEnd(19)} per view: ${per}; server CPU ${cpu.toFixed(0)} ms`);
    }
    // In the app a person taps from page to page: the router asks for the new page's RSC only (the
    // service worker fetches its HTML beside it, to keep for offline reading, unless it kept a copy in
    // the last five minutes: public/sw.js).
    await view(page, '/');
    const taps = [TAP_SURAT_MASUK, TAP_FIRST_LETTER, TAP_DISPOSISI, TAP_TANDA_TANGAN, TAP_BERANDA];
    await walk(page, taps);
    const { cpu, per } = await measure(page, counter, () => walk(page, taps), taps.length);
    console.log(`${viewportName} ${'a tap'.padEnd(19)} per tap:  ${per}; server CPU ${cpu.toFixed(0)} ms`);
    await context.close();
  }
  console.log(`page-view: max server CPU per view ${worst.toFixed(0)} ms`);
} finally {
  await browser.close();
  await server.stop();
  await db.stop();
}

type Counter = { counts: Record<Kind, number> };

function countRequests(page: Page): Counter {
  const counter: Counter = { counts: { document: 0, prefetch: 0, navigation: 0, asset: 0 } };
  page.on('request', (request) => {
    if (request.url().startsWith(server.baseUrl)) counter.counts[kindOf(request)]++;
  });
  return counter;
}

/**
 * Server CPU and requests per step over ROUNDS runs of `run` (each `steps` steps). The launcher's
 * job queue works in the background too: its idle rate, measured right after over a longer window,
 * is taken off for as long as the views took.
 */
async function measure(page: Page, counter: Counter, run: () => Promise<void>, steps = 1) {
  counter.counts = { document: 0, prefetch: 0, navigation: 0, asset: 0 };
  const started = performance.now();
  const before = treeUsage(server.pid);
  for (let round = 0; round < ROUNDS; round++) await run();
  const during = cpuSince(before);
  const elapsed = performance.now() - started;
  // The queue's sweeps come in bursts: an idle window only as long as the views sometimes held one
  // and took off more than the views cost (a view at -17 ms). A longer window, scaled down, evens them out.
  const idleWindow = Math.max(5000, 2 * elapsed);
  const idleFrom = treeUsage(server.pid);
  await page.waitForTimeout(idleWindow);
  const idle = (cpuSince(idleFrom) * elapsed) / idleWindow;
  const n = ROUNDS * steps;
  const { document, prefetch, navigation, asset } = counter.counts;
  const each = (x: number) => (x / n).toFixed(1);
  return {
    cpu: (during - idle) / n,
    per: `document ${each(document)}, prefetch ${each(prefetch)}, navigation ${each(navigation)}, asset ${each(asset)} (idle ${(idle / n).toFixed(0)} ms taken off)`,
  };
}

async function walk(page: Page, taps: ((page: Page) => Locator)[]) {
  for (const tap of taps) {
    const link = tap(page);
    const href = await link.getAttribute('href');
    await link.click();
    await page.waitForURL((url) => url.pathname === href);
    await page.waitForTimeout(SETTLE_MS);
  }
}

function cpuSince(before: ReturnType<typeof treeUsage>): number {
  const now = treeUsage(server.pid);
  return before && now ? now.cpuMs - before.cpuMs : NaN;
}

async function view(page: Page, path: string) {
  await page.goto(`${server.baseUrl}${path}`, { waitUntil: 'load' });
  // Not networkidle: a letter's scan preview keeps a request open.
  await page.waitForTimeout(SETTLE_MS);
}

/** A letter the Kepala has read, as bench:load's letter page takes one. */
async function firstLetterOf(cookie: string): Promise<string> {
  const res = await fetch(`${server.baseUrl}/surat-masuk`, { headers: { cookie } });
  const href = (await res.text()).match(/href="(\/surat-masuk\/[0-9a-f-]{36})"/)?.[1];
  if (!href) throw new Error('no letter on the Kepala Dinas\' Surat Masuk page');
  return href;
}
