// Lighthouse (12.2.3, the last for Node 20) on the phone profile for the pejabat's pages:
// accessibility and best practices (target: at least 95 each), and whether Chrome finds the app
// installable (Lighthouse 12 dropped its PWA category, so this asks Chrome itself through
// Page.getInstallabilityErrors). A benchmark: prints figures, asserts nothing.
//
// Against a running app with the demo seed (`npm run demo`, or the e2e server):
//   LIGHTHOUSE_URL=http://127.0.0.1:3000 npx tsx bench/lighthouse.ts
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { chromium } from '@playwright/test';
import lighthouse from 'lighthouse';
import { DEMO_PASSWORD, demoAccount } from '@/prisma/seed/demo-accounts';

const BASE = process.env.LIGHTHOUSE_URL ?? `http://127.0.0.1:${process.env.BENCH_PORT ?? 3000}`;
const DEBUG_PORT = Number(process.env.LIGHTHOUSE_DEBUG_PORT ?? 9333);
const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];

const profile = await mkdtemp(path.join(os.tmpdir(), 'lighthouse-'));
// A persistent context is the browser's default one, which Lighthouse's new tabs share: the
// session cookie from signing in here is theirs too.
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: [...CHROMIUM_ARGS, `--remote-debugging-port=${DEBUG_PORT}`],
  viewport: { width: 390, height: 844 },
});
try {
  const page = await context.newPage();
  await page.goto(`${BASE}/masuk`);
  await page.getByLabel('NIP atau e-mail').fill(demoAccount('kepala').nip);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await page.waitForURL(`${BASE}/`);

  const firstHref = async (list: string, pattern: RegExp) => {
    await page.goto(`${BASE}${list}`);
    const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
    return hrefs.find((h) => pattern.test(h));
  };
  const targets: [string, string | undefined][] = [
    ['Beranda', '/'],
    ['Surat Masuk', '/surat-masuk'],
    ['Surat', await firstHref('/surat-masuk', /^\/surat-masuk\/[0-9a-f-]{36}$/)],
    ['Tanda tangan', await firstHref('/tanda-tangan', /^\/tanda-tangan\/[0-9a-f-]{36}$/)],
  ];

  const cdp = await context.newCDPSession(page);
  await page.goto(`${BASE}/`);
  await page.evaluate(() => navigator.serviceWorker.ready);
  const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
  console.log(`Dapat dipasang (Chrome): ${installabilityErrors.length === 0 ? 'ya' : `tidak: ${installabilityErrors.map((e) => e.errorId).join(', ')}`}`);

  console.log('halaman'.padEnd(16), 'aksesibilitas', 'praktik terbaik', 'temuan');
  for (const [name, href] of targets) {
    if (!href) {
      console.log(name.padEnd(16), 'tidak ada halaman contoh di data ini');
      continue;
    }
    const result = await lighthouse(`${BASE}${href}`, {
      port: DEBUG_PORT,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['accessibility', 'best-practices'],
      formFactor: 'mobile',
      screenEmulation: { mobile: true, width: 390, height: 844, deviceScaleFactor: 2, disabled: false },
      // Keep the session cookie and the service worker between pages.
      disableStorageReset: true,
    });
    const lhr = result!.lhr;
    const score = (id: string) => Math.round((lhr.categories[id]?.score ?? 0) * 100);
    const failed = Object.values(lhr.audits)
      .filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary')
      .map((a) => a.id);
    console.log(name.padEnd(16), String(score('accessibility')).padEnd(13), String(score('best-practices')).padEnd(15), failed.join(', ') || '-');
  }
} finally {
  await context.close();
  await rm(profile, { recursive: true, force: true });
}
