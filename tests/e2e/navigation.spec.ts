import { expect, test, type Page } from './support/test';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';
import { storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// What each role must see in the menu; Admin and Perlu Tanda Tangan are the telling entries.
const EXPECTED: Record<Exclude<DemoAccountKey, 'kabid'>, { shows: string[]; hides: string[] }> = {
  staf: { shows: ['Beranda', 'Surat Masuk', 'Disposisi', 'Konsep', 'Arsip'], hides: ['Admin', 'Perlu Tanda Tangan', 'Pencatatan Surat'] },
  kepala: { shows: ['Surat Masuk', 'Disposisi', 'Perlu Tanda Tangan'], hides: ['Admin', 'Pencatatan Surat'] },
  pencatat: { shows: ['Surat Masuk', 'Pencatatan Surat'], hides: ['Admin', 'Perlu Tanda Tangan'] },
  adminOpd: { shows: ['Admin'], hides: ['Perlu Tanda Tangan', 'Pencatatan Surat'] },
  admin: { shows: ['Admin'], hides: ['Pencatatan Surat'] },
  plt: { shows: ['Perlu Tanda Tangan'], hides: ['Admin'] },
};

async function menuEntries(page: Page, isPhone: boolean): Promise<string[]> {
  if (isPhone) {
    await expect(page.getByRole('navigation', { name: 'Navigasi bawah' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeHidden();
    await page.getByRole('navigation', { name: 'Navigasi bawah' }).getByRole('link', { name: 'Menu' }).click();
    await expect(page).toHaveURL(/\/menu$/);
    return page.getByRole('navigation', { name: 'Menu lengkap' }).getByRole('link').allTextContents();
  }
  await expect(page.getByRole('navigation', { name: 'Navigasi utama' })).toBeVisible();
  return page.getByRole('navigation', { name: 'Navigasi utama' }).getByRole('link').allTextContents();
}

for (const [key, expected] of Object.entries(EXPECTED) as [DemoAccountKey, (typeof EXPECTED)['staf']][]) {
  test.describe(`${key}`, () => {
    test.use({ storageState: storageStateOf(key) });

    test('sees the navigation of the role', async ({ page }, testInfo) => {
      const isPhone = testInfo.project.name === 'phone';
      await page.goto('/');
      await expect(page.getByRole('heading', { name: /Selamat datang/ })).toBeVisible();
      await shotForPeople(page, { path: testInfo.outputPath(`beranda-${key}.png`), fullPage: true });
      const entries = (await menuEntries(page, isPhone)).map((t) => t.replace(/\d+(\+)?$/, '').trim());
      for (const label of expected.shows) expect(entries, `${key} shows ${label}`).toContain(label);
      for (const label of expected.hides) expect(entries, `${key} hides ${label}`).not.toContain(label);
    });
  });
}

test.describe('a page view', () => {
  test.use({ storageState: storageStateOf('kepala') });

  // Next's links prefetch every link on screen, twice; pages here are per person, so each prefetch
  // is a page render the server did for nothing (components/ui/link.tsx).
  test('asks the server for that page only, and a tap for the page tapped', async ({ page }) => {
    const rsc: { url: string; prefetch: boolean }[] = [];
    page.on('request', (request) => {
      const headers = request.headers();
      if (headers['rsc'] === '1') rsc.push({ url: request.url(), prefetch: headers['next-router-prefetch'] === '1' });
    });
    await page.goto('/surat-masuk');
    const first = page.getByRole('main').locator('a[href^="/surat-masuk/"]').first();
    await expect(first).toBeVisible();
    // The router prefetches links as they come into view and after an idle moment.
    await page.waitForTimeout(2500);
    expect(rsc, 'no request beyond the page itself').toEqual([]);

    const href = await first.getAttribute('href');
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(rsc.filter((r) => r.prefetch)).toEqual([]);
    expect(rsc.filter((r) => new URL(r.url).pathname === href)).toHaveLength(1);
  });
});

test.describe('a tap on a slow network', () => {
  // Routed requests are only seen by page.route without the service worker in between.
  test.use({ storageState: storageStateOf('kepala'), serviceWorkers: 'block' });

  test('shows a bar from the tap until the page tapped arrives', async ({ page }) => {
    await page.goto('/surat-masuk');
    const first = page.getByRole('main').locator('a[href^="/surat-masuk/"]').first();
    const href = (await first.getAttribute('href'))!;
    await page.route(`**${href}*`, async (route) => {
      if (route.request().headers()['rsc'] === '1') await new Promise((resolve) => setTimeout(resolve, 2000));
      await route.continue();
    });
    const bar = page.getByTestId('navigasi-tertunda');
    await expect(bar).toHaveCount(0);
    await first.click();
    await expect(bar).toBeVisible();
    await expect(page.getByRole('status').filter({ hasText: 'Memuat halaman' })).toHaveCount(1);
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(bar).toHaveCount(0);
    // Back on the list, the bar stays away; a tap on the page already shown starts none.
    await page.goBack();
    await expect(page).toHaveURL(/\/surat-masuk$/);
    await expect(bar).toHaveCount(0);
    await page.getByRole('navigation').locator('a[href="/surat-masuk"]').filter({ visible: true }).first().click();
    await page.waitForTimeout(300);
    await expect(bar).toHaveCount(0);
  });

  test('a tap whose answer fails still ends on the page tapped, without the bar', async ({ page }) => {
    await page.goto('/surat-masuk');
    const first = page.getByRole('main').locator('a[href^="/surat-masuk/"]').first();
    const href = (await first.getAttribute('href'))!;
    // The connection drops under the router's request (a phone losing its network mid-tap); the page
    // itself, loaded in full, still comes.
    let aborted = 0;
    await page.route(`**${href}*`, async (route) => {
      if (route.request().headers()['rsc'] === '1') {
        aborted++;
        await route.abort('connectionreset');
      } else await route.continue();
    });
    await first.click();
    await expect(page).toHaveURL(new RegExp(`${href}$`));
    await expect(page.getByRole('main').getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.getByTestId('navigasi-tertunda')).toHaveCount(0);
    expect(aborted).toBeGreaterThan(0);
  });

  test('a search sent from the header is routed like a tap: no document load, the bar until the results come', async ({ page }) => {
    await page.goto('/surat-masuk');
    let dokumen = 0;
    await page.route('**/cari?*', async (route) => {
      if (route.request().headers()['rsc'] === '1') await new Promise((resolve) => setTimeout(resolve, 2000));
      else if (route.request().resourceType() === 'document') dokumen++;
      await route.continue();
    });
    const bar = page.getByTestId('navigasi-tertunda');
    const kotak = page.getByRole('search', { name: 'Cari surat' }).getByRole('searchbox');
    await kotak.fill('undangan rapat');
    await kotak.press('Enter');
    await expect(bar).toBeVisible();
    // Sent, the box lets go of the focus, so a phone's keyboard closes as it did on a page load.
    await expect(kotak).not.toBeFocused();
    await expect(page).toHaveURL(/\/cari\?q=undangan\+rapat$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Cari surat' })).toBeVisible();
    await expect(page.getByRole('search', { name: 'Cari dan saring' }).getByRole('searchbox')).toHaveValue('undangan rapat');
    await expect(bar).toHaveCount(0);
    expect(dokumen).toBe(0);
  });

  test('the inbox filter is routed too, and clearing it shows the fields cleared', async ({ page }) => {
    await page.goto('/surat-masuk');
    const saring = page.getByRole('form', { name: 'Saring surat masuk' });
    await page.getByText('Saring surat', { exact: true }).click();
    await saring.getByLabel('Belum dibaca saja').check();
    await saring.getByLabel('Kecepatan').selectOption('SEGERA');
    // A date field says its day in words, whatever order the browser shows the digits in.
    await saring.getByLabel('Diterima dari tanggal').fill('2026-11-01');
    await expect(saring.getByText('Minggu, 1 November 2026')).toBeVisible();
    await saring.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page).toHaveURL(/[?&]belumDibaca=1/);
    await expect(page).toHaveURL(/[?&]kecepatan=SEGERA/);
    await expect(page).toHaveURL(/[?&]dari=2026-11-01/);
    await expect(page.getByText('Saring surat (aktif)')).toBeVisible();
    await expect(saring.getByLabel('Belum dibaca saja')).toBeChecked();
    await expect(saring.getByLabel('Diterima dari tanggal')).toHaveValue('2026-11-01');
    await expect(saring.getByText('Minggu, 1 November 2026')).toBeVisible();
    await saring.getByRole('link', { name: 'Hapus saringan' }).click();
    await expect(page).toHaveURL(/\/surat-masuk\??$/);
    await expect(page.getByText('Saring surat', { exact: true })).toBeVisible();
    await page.getByText('Saring surat', { exact: true }).click();
    await expect(saring.getByLabel('Belum dibaca saja')).not.toBeChecked();
    await expect(saring.getByLabel('Kecepatan')).toHaveValue('');
    await expect(saring.getByLabel('Diterima dari tanggal')).toHaveValue('');
    await expect(saring.getByText('Minggu, 1 November 2026')).toHaveCount(0);
  });
});

test.describe('without JavaScript', () => {
  test.use({ storageState: storageStateOf('kepala'), javaScriptEnabled: false });

  test('the header search and the inbox filter still work as plain GET forms', async ({ page }) => {
    await page.goto('/surat-masuk');
    const kotak = page.getByRole('search', { name: 'Cari surat' }).getByRole('searchbox');
    await kotak.fill('undangan');
    await kotak.press('Enter');
    await expect(page).toHaveURL(/\/cari\?q=undangan$/);
    await expect(page.getByRole('search', { name: 'Cari dan saring' }).getByRole('searchbox')).toHaveValue('undangan');

    await page.goto('/surat-masuk');
    await page.getByText('Saring surat', { exact: true }).click();
    const saring = page.getByRole('form', { name: 'Saring surat masuk' });
    await saring.getByLabel('Belum dibaca saja').check();
    await saring.getByRole('button', { name: 'Terapkan' }).click();
    await expect(page).toHaveURL(/\/surat-masuk\?belumDibaca=1/);
    await expect(page.getByText('Saring surat (aktif)')).toBeVisible();
  });
});

