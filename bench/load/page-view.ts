// What one page view costs the server when a person opens it in a browser, not only the document:
// Chromium (1280x800 and 390x844) signed in as the Kepala Dinas opens each bench page several
// times; every request the server gets during a view is counted by kind (the document, the
// router's prefetches of the links on screen, navigations, assets) with the server's CPU for the
// whole view. bench:load's figures are per document; a browser's view can cost far more.
//   BENCH_LETTERS=10000 npx tsx bench/load/page-view.ts
// Env: BENCH_VIEW_ROUNDS (views per page and viewport, default 4), BENCH_PORT, BENCH_PG_PORT.
import { chromium, type Request } from '@playwright/test';
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

type Kind = 'document' | 'prefetch' | 'navigation' | 'asset';

export function kindOf(request: Request): Kind {
  const headers = request.headers();
  if (request.resourceType() === 'document') return 'document';
  if (headers['rsc'] === '1') return headers['next-router-prefetch'] === '1' ? 'prefetch' : 'navigation';
  return 'asset';
}

const db = await startBenchDatabase(BENCH_LETTERS);
const server = await startServer({ port: PORT, databaseUrl: db.url });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
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
    let counts: Record<Kind, number> = { document: 0, prefetch: 0, navigation: 0, asset: 0 };
    page.on('request', (request) => {
      if (request.url().startsWith(server.baseUrl)) counts[kindOf(request)]++;
    });
    for (const [label, path] of pages) {
      await view(page, path); // warm: the JIT, the browser's asset cache
      counts = { document: 0, prefetch: 0, navigation: 0, asset: 0 };
      const started = performance.now();
      const before = treeUsage(server.pid);
      for (let round = 0; round < ROUNDS; round++) await view(page, path);
      const during = cpuSince(before);
      // The launcher's job queue works in the background too: what the server spends idle over as
      // long is measured right after and taken off.
      const idleFrom = treeUsage(server.pid);
      await page.waitForTimeout(performance.now() - started);
      const idle = cpuSince(idleFrom);
      const cpu = (during - idle) / ROUNDS;
      worst = Math.max(worst, cpu);
      const per = (n: number) => (n / ROUNDS).toFixed(1);
      console.log(
        `${viewportName} ${label.padEnd(19)} per view: document ${per(counts.document)}, prefetch ${per(counts.prefetch)}, ` +
          `navigation ${per(counts.navigation)}, asset ${per(counts.asset)}; server CPU ${cpu.toFixed(0)} ms (idle ${(idle / ROUNDS).toFixed(0)} ms taken off)`,
      );
    }
    await context.close();
  }
  console.log(`page-view: max server CPU per view ${worst.toFixed(0)} ms`);
} finally {
  await browser.close();
  await server.stop();
  await db.stop();
}

function cpuSince(before: ReturnType<typeof treeUsage>): number {
  const now = treeUsage(server.pid);
  return before && now ? now.cpuMs - before.cpuMs : NaN;
}

async function view(page: import('@playwright/test').Page, path: string) {
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
