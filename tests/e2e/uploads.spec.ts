import { expect, test, type APIResponse, type Browser } from './support/test';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';
import { pngBom, tinyPdf } from '../support/fixtures';
import { buildPdf, onePage } from '../support/hostile-pdf';
import { withE2eDatabase } from './support/e2e-database';
import { storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// Uploads are read whole before they are kept, and every stored file comes back as a sandboxed
// download that no browser will sniff or run.

async function as(browser: Browser, key: DemoAccountKey) {
  const context = await browser.newContext({ storageState: storageStateOf(key) });
  return context.newPage();
}

function expectSandboxedDownload(response: APIResponse, filename: string) {
  expect(response.status()).toBe(200);
  const headers = response.headers();
  expect(headers['content-type']).toBe('application/pdf');
  expect(headers['content-disposition']).toBe(`attachment; filename="${filename}"; filename*=UTF-8''${encodeURIComponent(filename)}`);
  expect(headers['x-content-type-options']).toBe('nosniff');
  expect(headers['content-security-policy']).toBe("sandbox; default-src 'none'; frame-ancestors 'none'");
  expect(headers['cache-control']).toBe('private, no-store');
}

test('a lampiran with OpenAction JavaScript is refused in the form; a clean one is served as a sandboxed download', async ({ browser }, testInfo) => {
  const page = await as(browser, 'staf');
  await page.goto('/konsep/baru');
  await page.getByRole('button', { name: 'Memo', exact: true }).click();
  await expect(page).toHaveURL(/\/konsep\/[0-9a-f-]{36}$/);

  const withJs = buildPdf(onePage({ catalog: '/OpenAction << /S /JavaScript /JS (app.alert\\(document.cookie\\)) >>' }));
  await page.locator('input[type=file]').setInputFiles({ name: 'rab.pdf', mimeType: 'application/pdf', buffer: Buffer.from(withJs) });
  await expect(page.getByText('Lampiran memuat JavaScript dan tindakan otomatis saat dibuka (OpenAction).', { exact: false })).toBeVisible();
  await expect(page.getByText('Belum ada lampiran.')).toBeVisible();
  await shotForPeople(page, { path: testInfo.outputPath('lampiran-ditolak.png'), fullPage: true });

  await page.locator('input[type=file]').setInputFiles({ name: 'rincian biaya.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf('Rincian biaya')) });
  const link = page.getByRole('list', { name: 'Lampiran' }).getByRole('link', { name: 'rincian biaya.pdf' });
  await expect(link).toBeVisible();
  expectSandboxedDownload(await page.request.get((await link.getAttribute('href'))!), 'rincian biaya.pdf');
});

test('a registered scan still renders in the letter page (pdf.js) and downloads sandboxed', async ({ browser }) => {
  const perihal = `Undangan uji unggahan ${Date.now()}`;
  const pencatat = await as(browser, 'pencatat');
  await pencatat.goto('/pencatatan/baru');
  await pencatat.getByLabel('Nomor surat').fill(`U-${Date.now() % 100000}/UJI`);
  await pencatat.getByLabel('Tanggal surat').fill('2026-11-20');
  await pencatat.getByLabel('Pengirim', { exact: true }).fill('Dinas Uji');
  await pencatat.getByLabel('Perihal').fill(perihal);
  await pencatat.getByLabel('Pindaian surat').setInputFiles({ name: 'surat undangan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf('Undangan')) });
  await pencatat.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(pencatat.getByRole('status')).toContainText('Surat tercatat dengan nomor agenda');

  const kepala = await as(browser, 'kepala');
  await kepala.goto('/surat-masuk');
  await kepala.getByRole('link', { name: perihal }).click();
  await expect(kepala.getByTestId('pdf-pages')).toHaveAttribute('data-status', 'ready');
  const href = (await kepala.getByRole('link', { name: /Buka PDF/ }).getAttribute('href'))!;
  expectSandboxedDownload(await kepala.request.get(href), 'surat undangan.pdf');
});

test('a scan that would decode to 81 megapixels is refused at the field, and what the clerk typed stays', async ({ browser }, testInfo) => {
  const perihal = `Undangan uji bom gambar ${Date.now()}`;
  const nomor = `B-${Date.now() % 100000}/UJI`;
  const pencatat = await as(browser, 'pencatat');
  await pencatat.goto('/pencatatan/baru');
  await pencatat.getByLabel('Nomor surat').fill(nomor);
  await pencatat.getByLabel('Tanggal surat').fill('2026-11-20');
  await pencatat.getByLabel('Pengirim', { exact: true }).fill('Dinas Uji');
  await pencatat.getByLabel('Perihal').fill(perihal);
  // Under 200 KB on the wire; decoded, 9,000 x 9,000 pixels (gigabytes of RGBA).
  await pencatat.getByLabel('Pindaian surat').setInputFiles({ name: 'pindaian.png', mimeType: 'image/png', buffer: Buffer.from(pngBom(9000, 9000)) });
  await pencatat.getByRole('button', { name: 'Catat dan teruskan' }).click();
  const alasan = 'Gambar terlalu besar (9.000 x 9.000 piksel; paling banyak 40 megapiksel).';
  // At the field (read out with it) and in the form's summary.
  await expect(pencatat.getByLabel('Pindaian surat')).toHaveAccessibleDescription(new RegExp(alasan.replace(/[().]/g, '\\$&')));
  await expect(pencatat.getByRole('status')).toContainText(alasan);
  await expect(pencatat.getByLabel('Perihal')).toHaveValue(perihal);
  await expect(pencatat.getByLabel('Nomor surat')).toHaveValue(nomor);
  await shotForPeople(pencatat, { path: testInfo.outputPath('pindaian-bom-ditolak.png'), fullPage: true });
  // Nothing was registered.
  expect(await withE2eDatabase((prisma) => prisma.naskah.count({ where: { perihal } }))).toBe(0);
});

