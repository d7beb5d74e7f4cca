import type { Page } from '@playwright/test';
import { expect, test } from './support/test';
import { registerSuratMasuk } from './support/register-surat';
import { storageStateOf } from './support/roles';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';

// Every page of each menu, and a letter, fits a 390 px phone: a page wider than the screen pans
// sideways and carries the fixed bottom bar partly off screen (a letter's cards once grew to their
// longest words, 396 px). Runs in the phone project only (playwright.config.ts: *.phone.spec.ts).

/** The paths the signed-in person's /menu links to. */
async function menuPaths(page: Page): Promise<string[]> {
  await page.goto('/menu');
  const paths = [...new Set(await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))];
  expect(paths.length).toBeGreaterThan(3);
  return paths;
}

/** The pages among `paths` wider than the phone, with their widths (none, when all fit). */
async function widerThanPhone(page: Page, paths: string[]): Promise<[string, number][]> {
  const lebar: [string, number][] = [];
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    lebar.push([path, await page.evaluate(() => document.documentElement.scrollWidth)]);
  }
  return lebar.filter(([, w]) => w > 390);
}

test.describe('the Kepala Dinas', () => {
  test.use({ storageState: storageStateOf('kepala') });

  test('the menu\'s pages and a letter are no wider than the phone', async ({ page, browser }) => {
    test.setTimeout(180_000);
    const perihal = `Permohonan data kependudukan ${Date.now()}`;
    // A nomor as Permendagri 83/2022 numbers them, with no hyphen to break at: the letter's data card
    // grew to it (a bench letter's '000.1.2.3/0193/INSPEKTORAT/2025' made the page 411 px wide).
    await registerSuratMasuk(browser, perihal, { nomor: `000.1.2.3/${Date.now() % 100000}/INSPEKTORAT/XII/2026` });

    const paths = await menuPaths(page);
    expect(paths.length).toBeGreaterThan(5);
    await page.goto('/surat-masuk');
    await page.getByRole('link', { name: perihal }).tap();
    await expect(page.getByRole('heading', { name: perihal })).toBeVisible();
    paths.push(new URL(page.url()).pathname, '/cari?q=permohonan', '/menu', '/notifikasi', '/disposisi/keluar', '/disposisi/terlambat');
    expect(await widerThanPhone(page, paths)).toEqual([]);
  });
});

// The other people's menus: the pencatat's register form, the drafter's new naskah, the admins'
// hierarchy, people and classification pages (their forms are long and full of wide values).
const LAINNYA: [DemoAccountKey, string, string[]][] = [
  ['pencatat', 'the pencatat', ['/pencatatan/baru']],
  ['staf', 'a drafter', ['/konsep/baru']],
  ['adminOpd', 'an office admin', ['/admin/pegawai', '/admin/klasifikasi']],
  ['admin', 'the instansi admin', ['/admin/opd']],
];
for (const [role, who, forms] of LAINNYA) {
  test.describe(who, () => {
    test.use({ storageState: storageStateOf(role) });

    test(`${who}'s menu pages and forms are no wider than the phone`, async ({ page }) => {
      test.setTimeout(120_000);
      const paths = [...new Set([...(await menuPaths(page)), ...forms])];
      expect(await widerThanPhone(page, paths)).toEqual([]);
    });
  });
}
