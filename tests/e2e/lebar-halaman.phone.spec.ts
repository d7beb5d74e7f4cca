import { expect, test } from './support/test';
import { registerSuratMasuk } from './support/register-surat';
import { storageStateOf } from './support/roles';

// Every page of the menu, and a letter, fits a 390 px phone: a page wider than the screen pans
// sideways and carries the fixed bottom bar partly off screen (a letter's cards once grew to their
// longest words, 396 px). Runs in the phone project only (playwright.config.ts: *.phone.spec.ts).
test.use({ storageState: storageStateOf('kepala') });

test('the menu\'s pages and a letter are no wider than the phone', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const perihal = `Permohonan data kependudukan ${Date.now()}`;
  await registerSuratMasuk(browser, perihal, { nomor: `470/${Date.now() % 100000}/DUKCAPIL-SETDA/XII/2026` });

  await page.goto('/menu');
  const paths = [...new Set(await page.locator('main a[href^="/"]').evaluateAll((links) => links.map((a) => a.getAttribute('href')!)))];
  expect(paths.length).toBeGreaterThan(5);
  await page.goto('/surat-masuk');
  await page.getByRole('link', { name: perihal }).tap();
  await expect(page.getByRole('heading', { name: perihal })).toBeVisible();
  paths.push(new URL(page.url()).pathname, '/cari?q=permohonan', '/menu', '/notifikasi');

  const lebar: Record<string, number> = {};
  for (const path of paths) {
    await page.goto(path);
    await expect(page.locator('main')).toBeVisible();
    lebar[path] = await page.evaluate(() => document.documentElement.scrollWidth);
  }
  expect(Object.entries(lebar).filter(([, w]) => w > 390)).toEqual([]);
});
