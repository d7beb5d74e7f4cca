import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from './support/test';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';
import { seedNaskahMenungguParaf, seedNaskahMenungguTandaTangan } from './support/naskah-seed';
import { registerSuratMasuk } from './support/register-surat';
import { storageStateOf } from './support/roles';
import { phoneErgonomics } from './support/touch-targets';

// Every page as each main role sees it, at the size of the project (desktop 1280x800, phone
// 390x844): no serious or critical WCAG 2.1 A/AA violation (axe-core), every page has a skip link
// to its content; at phone size every control is at least 44x44 px and no text under 12 px
// (support/touch-targets.ts). Outside CI each page is screenshotted into the test's output folder
// for a person to look at.
const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

type Walk = { role: DemoAccountKey; pages: string[]; firstLinkOf?: { list: string; pattern: RegExp; then?: string[] }[] };
const WALKS: Walk[] = [
  {
    role: 'kepala',
    pages: ['/', '/surat-masuk', '/disposisi', '/disposisi/keluar', '/disposisi/terlambat', '/tanda-tangan', '/sudah-ditandatangani', '/terkirim', '/konsep', '/arsip', '/arsip/daftar', '/cari?q=aksesibilitas', '/laporan', '/laporan/rincian', '/laporan/kinerja', '/notifikasi', '/notifikasi/pengaturan', '/menu'],
    firstLinkOf: [
      { list: '/surat-masuk', pattern: /^\/surat-masuk\/[0-9a-f-]{36}$/ },
      { list: '/tanda-tangan', pattern: /^\/tanda-tangan\/[0-9a-f-]{36}$/ },
    ],
  },
  {
    role: 'kabid',
    pages: ['/', '/disposisi', '/perlu-verifikasi', '/konsep', '/konsep/baru', '/konsep/dibatalkan'],
    firstLinkOf: [{ list: '/perlu-verifikasi', pattern: /^\/perlu-verifikasi\/[0-9a-f-]{36}$/ }],
  },
  { role: 'staf', pages: ['/', '/disposisi', '/konsep', '/konsep/baru', '/terkirim'] },
  { role: 'pencatat', pages: ['/', '/pencatatan', '/pencatatan/baru'] },
  {
    role: 'adminOpd',
    pages: ['/admin', '/admin/pegawai', '/admin/audit', '/admin/klasifikasi', '/admin/peran', '/arsip/penyusutan'],
    firstLinkOf: [{ list: '/admin', pattern: /^\/admin\/opd\/[0-9a-f-]{36}$/, then: ['/struktur', '/penugasan', '/penomoran', '/instruksi', '/impor'] }],
  },
];

// A letter in the kepala's inbox, one waiting for his signature and one for the kabid's paraf, so
// their pages are not empty on a fresh database.
test.beforeAll(async ({ browser }) => {
  // The registration alone may wait 60 s for the untrusted-file pool on a loaded machine.
  test.setTimeout(180_000);
  await registerSuratMasuk(browser, `Uji aksesibilitas surat masuk ${Date.now()}`);
  await seedNaskahMenungguTandaTangan(`Uji aksesibilitas tanda tangan ${Date.now()}`);
  await seedNaskahMenungguParaf(`Uji aksesibilitas paraf ${Date.now()}`);
});

async function firstLink(page: Page, list: string, pattern: RegExp): Promise<string | null> {
  await page.goto(list);
  const hrefs = await page.locator('main a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.find((h) => pattern.test(h)) ?? null;
}

async function check(page: Page, path: string, shot: string): Promise<string[]> {
  await page.goto(path);
  await page.waitForLoadState('load');
  // For a person to look at; CI has nobody looking, and a full-page shot is a fifth of the check's time.
  if (!process.env.CI) await page.screenshot({ path: shot, fullPage: true });
  const found: string[] = [];
  if ((await page.locator('a[href="#isi"]').count()) === 0 && !path.startsWith('/masuk') && !path.startsWith('/verifikasi')) found.push(`${path}: no skip link`);
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  if (test.info().project.name === 'phone') found.push(...(await phoneErgonomics(page)).map((f) => `${path}: ${f}`));
  for (const v of violations.filter((x) => x.impact === 'serious' || x.impact === 'critical')) {
    found.push(`${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
  }
  return found;
}

// A walk is checked a few pages per test, so a slow machine meets the time limit of each.
const PAGES_PER_TEST = 6;

for (const walk of WALKS) {
  test.describe(`as ${walk.role}`, () => {
    test.use({ storageState: storageStateOf(walk.role) });
    const chunks = Array.from({ length: Math.ceil(walk.pages.length / PAGES_PER_TEST) }, (_, i) => walk.pages.slice(i * PAGES_PER_TEST, (i + 1) * PAGES_PER_TEST));
    for (const [n, pages] of chunks.entries()) {
      test(`no serious accessibility violation on ${walk.role}'s pages (${n + 1}/${chunks.length})`, async ({ page }, testInfo) => {
        test.setTimeout(300_000);
        const found: string[] = [];
        for (const [i, path] of pages.entries()) found.push(...(await check(page, path, testInfo.outputPath(`${walk.role}-${n}-${i}-${path.replace(/[^a-z0-9]+/gi, '_')}.png`))));
        expect(found).toEqual([]);
      });
    }
    if (walk.firstLinkOf) {
      test(`no serious accessibility violation on the letters and records ${walk.role} opens`, async ({ page }, testInfo) => {
        test.setTimeout(300_000);
        const paths: string[] = [];
        for (const { list, pattern, then = [] } of walk.firstLinkOf!) {
          const href = await firstLink(page, list, pattern);
          expect(href, `a link in ${list}`).toBeTruthy();
          paths.push(href!, ...then.map((sub) => href + sub));
        }
        const found: string[] = [];
        for (const [i, path] of paths.entries()) found.push(...(await check(page, path, testInfo.outputPath(`${walk.role}-open-${i}-${path.replace(/[^a-z0-9]+/gi, '_')}.png`))));
        expect(found).toEqual([]);
      });
    }
  });
}

test('no serious accessibility violation on the public pages', async ({ page }, testInfo) => {
  const found = [...(await check(page, '/masuk', testInfo.outputPath('masuk.png'))), ...(await check(page, '/verifikasi', testInfo.outputPath('verifikasi.png')))];
  expect(found).toEqual([]);
});
