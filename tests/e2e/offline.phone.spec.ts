import { expect, test, type Browser, type Page } from './support/test';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';
import { tanggalSetelah } from '../../lib/domain/disposisi/batas-waktu';
import { formatTanggal } from '../../lib/domain/tanggal';
import { seedNaskahMenungguParaf } from './support/naskah-seed';
import { registerSuratMasuk } from './support/register-surat';
import { storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// The pejabat's phone between meetings: the app is installable (manifest, service worker), a
// letter opened once reads offline with its scan, a disposisi made offline in three taps waits on
// the phone ("Menunggu koneksi") and reaches the recipient when the network returns.
// Runs in the phone project only (playwright.config.ts: *.phone.spec.ts).

async function phone(browser: Browser, key: DemoAccountKey) {
  const context = await browser.newContext({ storageState: storageStateOf(key), viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
  return { context, page: await context.newPage() };
}

/** Whether the service worker keeps this page's HTML (it is stored beside a tap-opened page). */
const cached = (page: Page, path: string) => page.evaluate(async (p) => Boolean(await caches.match(new URL(p, location.origin).href, { ignoreVary: true })), path);

test('installable; a letter opened before reads offline; a disposisi made offline arrives once online', async ({ browser }, testInfo) => {
  const perihal = `Rapat evaluasi angkutan lebaran ${Date.now()}`;
  await registerSuratMasuk(browser, perihal);

  const { context, page } = await phone(browser, 'kepala');
  await page.goto('/');
  // Installable: a manifest in Indonesian with the icons it names, and a service worker in control.
  const manifestHref = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await page.request.get(manifestHref!)).json();
  expect(manifest).toMatchObject({ name: 'e-Office', lang: 'id', display: 'standalone', start_url: '/', theme_color: '#143d7a' });
  for (const icon of manifest.icons as { src: string; sizes: string }[]) {
    const answer = await page.request.get(icon.src);
    expect(answer.headers()['content-type']).toBe('image/png');
  }
  expect(manifest.icons.map((i: { sizes: string; purpose: string }) => `${i.sizes} ${i.purpose}`)).toEqual(expect.arrayContaining(['192x192 any', '512x512 any', '512x512 maskable']));
  expect((await page.request.get('/favicon.ico')).status()).toBe(200);
  const worker = await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.scriptURL);
  expect(worker).toMatch(/\/sw\.js$/);

  // Online: open the inbox and the letter the way a person does (a tap, a client-side navigation).
  await page.goto('/surat-masuk');
  await page.getByRole('link', { name: perihal }).tap();
  await expect(page.getByRole('heading', { name: perihal })).toBeVisible();
  await expect(page.getByTestId('pdf-pages')).toHaveAttribute('data-status', 'ready');
  const letterPath = new URL(page.url()).pathname;
  await expect.poll(() => cached(page, letterPath)).toBe(true);
  await expect.poll(() => cached(page, '/surat-masuk')).toBe(true);

  await context.setOffline(true);
  await page.goto('/surat-masuk');
  await expect(page.getByTestId('status-luring')).toContainText('Anda sedang luring');
  await page.getByRole('link', { name: perihal }).tap();
  await expect(page.getByRole('heading', { name: perihal })).toBeVisible();
  // The scan too, from the phone.
  await expect(page.getByTestId('pdf-pages')).toHaveAttribute('data-status', 'ready');
  await expect(page.getByRole('img', { name: /Pindaian surat, halaman 1/ })).toBeVisible();

  // Three taps: recipient, deadline, send.
  await page.getByRole('group', { name: 'Penerima cepat' }).getByRole('button', { name: /Kabid Aptika/ }).tap();
  await page.getByRole('group', { name: 'Batas waktu' }).getByRole('button', { name: '2 hari' }).tap();
  await page.getByRole('button', { name: /Kirim disposisi/ }).tap();
  await expect(page.getByTestId('disposisi-terkirim')).toContainText('Menunggu koneksi');
  await expect(page.getByTestId('tindakan-tertunda')).toContainText('Menunggu koneksi: Disposisi ke Kabid Aptika');
  await expect(page.getByTestId('status-luring')).toContainText('1 tindakan');
  await shotForPeople(page, { path: testInfo.outputPath('1-luring-menunggu.png'), fullPage: true });

  await context.setOffline(false);
  await expect(page.getByTestId('tindakan-tertunda')).toHaveCount(0, { timeout: 40_000 });
  const timeline = page.getByRole('list', { name: 'Riwayat disposisi' });
  await expect(timeline.getByTestId('disposisi-item')).toHaveCount(1);
  await expect(timeline.getByTestId('disposisi-item')).toContainText('Untuk ditindaklanjuti');
  await shotForPeople(page, { path: testInfo.outputPath('2-terkirim.png'), fullPage: true });

  const kabid = await phone(browser, 'kabid');
  await kabid.page.goto('/disposisi');
  await kabid.page.getByRole('link', { name: perihal }).tap();
  await expect(kabid.page.getByRole('list', { name: 'Riwayat disposisi' }).getByTestId('disposisi-item')).toHaveCount(1);
  // The deadline chip's day (two days after today in WIB) came along.
  const due = formatTanggal(new Date(`${tanggalSetelah(2, new Date())}T12:00:00+07:00`));
  await expect(kabid.page.getByRole('list', { name: 'Riwayat disposisi' })).toContainText(`Batas waktu ${due}`);
  await kabid.context.close();
  await context.close();
});

/** The Content-Security-Policy of the page's kept copy: its nonce is new in every render, so it tells copies apart. */
const keptCopy = (page: Page, path: string) =>
  page.evaluate(async (p) => (await caches.match(new URL(p, location.origin).href, { ignoreVary: true }))?.headers.get('Content-Security-Policy') ?? null, path);

test('a page kept a moment ago is not rendered again on every tap; an action on it keeps it again', async ({ browser }) => {
  const perihal = `Koordinasi arus mudik ${Date.now()}`;
  // A long number, as the regions write them: a word that cannot break, in the letter's side column.
  // Sangat Segera, so it is on the inbox's first page however many urgent letters other tests left
  // (the inbox lists the most urgent first: a Biasa one fell off it on a long-lived database).
  await registerSuratMasuk(browser, perihal, { nomor: `800.1.11.1/${Date.now() % 100000}/DISHUB-SETDA/XI/2026`, kecepatan: 'SANGAT_SEGERA' });
  const { context, page } = await phone(browser, 'kepala');
  await page.goto('/');
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  const menu = (href: string) => page.locator(`nav a[href="${href}"]`).filter({ visible: true }).first();

  await page.goto('/surat-masuk');
  await expect.poll(() => keptCopy(page, '/surat-masuk')).not.toBeNull();
  const inbox = await keptCopy(page, '/surat-masuk');
  await page.getByRole('link', { name: perihal }).tap();
  await expect(page.getByRole('heading', { name: perihal })).toBeVisible();
  const letterPath = new URL(page.url()).pathname;
  await expect.poll(() => keptCopy(page, letterPath)).not.toBeNull();
  const letter = await keptCopy(page, letterPath);

  // Back to the inbox and into the letter again, then on to a page not kept yet: once that one is
  // kept, the worker has handled the taps before it, and kept neither copy again.
  await menu('/surat-masuk').tap();
  await page.getByRole('link', { name: perihal }).tap();
  await expect(page.getByRole('heading', { name: perihal })).toBeVisible();
  await menu('/disposisi').tap();
  await expect(page).toHaveURL(/\/disposisi$/);
  await expect.poll(() => keptCopy(page, '/disposisi')).not.toBeNull();
  await page.waitForTimeout(500);
  expect(await keptCopy(page, letterPath)).toBe(letter);
  expect(await keptCopy(page, '/surat-masuk')).toBe(inbox);

  // A disposisi given on the letter changes it: the next tap on it keeps it again, so the copy read
  // offline shows the disposisi.
  await menu('/surat-masuk').tap();
  await page.getByRole('link', { name: perihal }).tap();
  await page.getByRole('group', { name: 'Penerima cepat' }).getByRole('button', { name: /Kabid Aptika/ }).tap();
  await page.getByRole('group', { name: 'Batas waktu' }).getByRole('button', { name: '2 hari' }).tap();
  await page.getByRole('button', { name: /Kirim disposisi/ }).tap();
  const timeline = page.getByRole('list', { name: 'Riwayat disposisi' });
  await expect(timeline.getByTestId('disposisi-item')).toHaveCount(1);
  // The letter fits the phone. A bench letter's cards were as wide as their longest words (a grid
  // item's min-content), 6 px wider than the screen: the page panned sideways and the bottom bar sat
  // partly below the screen. (This letter did not overflow before the fix either: a guard.)
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const lebar = () => page.evaluate(() => [...document.querySelectorAll('main section')].map((s) => Math.round(s.getBoundingClientRect().right)));
  expect(Math.max(...(await lebar()))).toBeLessThanOrEqual(390);
  await menu('/surat-masuk').tap();
  await page.getByRole('link', { name: perihal }).tap();
  await expect(page.getByRole('heading', { name: perihal })).toBeVisible();
  await expect.poll(() => keptCopy(page, letterPath)).not.toBe(letter);

  await context.setOffline(true);
  await page.goto(letterPath);
  await expect(page.getByTestId('status-luring')).toContainText('Anda sedang luring');
  await expect(timeline.getByTestId('disposisi-item')).toHaveCount(1);
  await context.close();
});

test('a paraf given offline waits on the phone and moves the letter on once online', async ({ browser }, testInfo) => {
  const perihal = `Paraf luring laporan SPBE ${Date.now()}`;
  const naskahId = await seedNaskahMenungguParaf(perihal);
  const { context, page } = await phone(browser, 'kabid');
  await page.goto('/');
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.goto('/perlu-verifikasi');
  await page.locator(`a[href="/perlu-verifikasi/${naskahId}"]`).first().tap();
  await expect(page.getByRole('heading', { name: perihal })).toBeVisible();

  await context.setOffline(true);
  await page.getByRole('button', { name: 'Paraf', exact: true }).tap();
  await expect(page.getByText('Tersimpan di ponsel. Menunggu koneksi')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Paraf', exact: true })).toBeDisabled();
  await expect(page.getByTestId('tindakan-tertunda')).toContainText(`Menunggu koneksi: Paraf: ${perihal}`);
  await shotForPeople(page, { path: testInfo.outputPath('paraf-luring.png'), fullPage: true });

  await context.setOffline(false);
  await expect(page.getByTestId('tindakan-tertunda')).toHaveCount(0, { timeout: 40_000 });
  // The paraf was the last: the letter now waits for the Kepala Dinas' signature.
  const kepala = await phone(browser, 'kepala');
  await kepala.page.goto('/tanda-tangan');
  await expect(kepala.page.getByRole('link', { name: perihal })).toBeVisible();
  await kepala.context.close();
  await context.close();
});

test('a disposisi whose answer is lost on the way back is given once, not again from the phone', async ({ browser }, testInfo) => {
  const perihal = `Jawaban hilang di jalan ${Date.now()}`;
  await registerSuratMasuk(browser, perihal);
  const { context, page } = await phone(browser, 'kepala');
  await page.goto('/');
  await page.evaluate(async () => void (await navigator.serviceWorker.ready));
  await page.goto('/surat-masuk');
  await page.getByRole('link', { name: perihal }).tap();
  await expect(page.getByRole('heading', { name: perihal })).toBeVisible();
  const letterPath = new URL(page.url()).pathname;

  // The network drops just after the server took the disposisi: the request arrives, the answer does not.
  let delivered = 0;
  await page.route(
    (url) => url.pathname === letterPath,
    async (route) => {
      if (route.request().method() !== 'POST' || !route.request().headers()['next-action'] || delivered > 0) return route.fallback();
      delivered++;
      await route.fetch();
      await route.abort('connectionreset');
    },
  );
  await page.getByRole('group', { name: 'Penerima cepat' }).getByRole('button', { name: /Kabid Aptika/ }).tap();
  await page.getByRole('button', { name: /Kirim disposisi/ }).tap();
  await expect(page.getByTestId('disposisi-terkirim')).toContainText('Menunggu koneksi');
  expect(delivered).toBe(1);
  await page.unroute((url) => url.pathname === letterPath);

  // The phone sends its queued copy (same key); the server, which already gave it, does not give it again.
  await expect(page.getByTestId('tindakan-tertunda')).toHaveCount(0, { timeout: 45_000 });
  await page.reload();
  const timeline = page.getByRole('list', { name: 'Riwayat disposisi' });
  await expect(timeline.getByTestId('disposisi-item')).toHaveCount(1);
  await shotForPeople(page, { path: testInfo.outputPath('jawaban-hilang.png'), fullPage: true });
  await context.close();
});
