import { mkdirSync } from 'node:fs';
import { expect, request as playwrightRequest, test, type Page } from './support/test';
import { DEMO_PASSPHRASE } from '../../prisma/seed/steps/issue-demo-certificates';
import { seedNaskahMenungguTandaTangan } from './support/naskah-seed';
import { withE2eDatabase } from './support/e2e-database';
import { storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// The Kepala Dinas signs from the signing page (desktop, and the phone project at 390x844): a wrong
// passphrase first (clear reason, Coba lagi, no number), then the right one; the QR link opens the
// public verification page, which finds the signature valid.
const SHOTS = '/tmp/signing-shots';
test.use({ storageState: storageStateOf('kepala') });

async function shot(page: Page, project: string, name: string) {
  mkdirSync(SHOTS, { recursive: true });
  await shotForPeople(page, { path: `${SHOTS}/${project}-${name}.png`, fullPage: true });
}

test('sign a naskah, then open its QR link and see it verified; the drafter is notified', async ({ page, browser }, testInfo) => {
  test.setTimeout(120_000);
  const perihal = `Laporan kemajuan SPBE ${Date.now()}`;
  await seedNaskahMenungguTandaTangan(perihal);

  await page.goto('/tanda-tangan');
  await page.getByRole('link', { name: perihal }).click();
  await expect(page.getByRole('heading', { name: perihal })).toBeVisible();
  await expect(page.getByText('Kepala Bidang Aplikasi Informatika').first()).toBeVisible();
  await expect(page.getByLabel('Passphrase sertifikat elektronik')).toHaveAttribute('type', 'password');
  await expect(page.getByLabel('Passphrase sertifikat elektronik')).toHaveAttribute('autocomplete', 'off');
  await shot(page, testInfo.project.name, '1-signing-page');

  await page.getByLabel('Passphrase sertifikat elektronik').fill('bukan-passphrase');
  await page.getByRole('button', { name: 'Tandatangani' }).click();
  await expect(page.getByTestId('sign-form').getByRole('alert')).toContainText('Passphrase salah');
  await expect(page.getByRole('button', { name: 'Coba lagi' })).toBeVisible();
  await shot(page, testInfo.project.name, '2-wrong-passphrase');

  await page.getByLabel('Passphrase sertifikat elektronik').fill(DEMO_PASSPHRASE);
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(page.getByTestId('signed-result')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByTestId('nomor-naskah')).toHaveText(/^000\.1\/\d{4}\/DISKOMINFO\/\d{4}$/);
  const tautan = page.getByLabel(/Tautan unduhan untuk Kepala BSSN/);
  await expect(tautan).toHaveValue(/\/unduh\/[0-9a-f-]{36}\.[0-9a-z]+\.[\w-]{22}$/);
  await expect(page.getByText(/berlaku sampai \d{1,2} \w+ \d{4}/)).toBeVisible();
  // The external addressee has no session: the link alone opens the signed PDF.
  const external = await playwrightRequest.newContext({ baseURL: new URL(page.url()).origin });
  const viaLink = await external.get(new URL(await tautan.inputValue()).pathname);
  expect(viaLink.status()).toBe(200);
  expect((await viaLink.body()).subarray(0, 5).toString()).toBe('%PDF-');
  expect((await external.get('/unduh/00000000-0000-7000-8000-000000000000.zzzz.AAAAAAAAAAAAAAAAAAAAAA')).status()).toBe(404);
  await external.dispose();
  await shot(page, testInfo.project.name, '3-signed');

  const signedPdf = await page.request.get(await page.getByRole('link', { name: 'Unduh' }).getAttribute('href').then((h) => h!));
  expect(signedPdf.headers()['content-type']).toBe('application/pdf');
  expect((await signedPdf.body()).includes(Buffer.from('/ByteRange'))).toBe(true);

  const qr = new URL((await page.getByTestId('verifikasi-link').getAttribute('href'))!);
  await page.goto(qr.pathname);
  await expect(page.getByText('Tanda tangan elektronik valid')).toBeVisible();
  await expect(page.getByText(perihal)).toBeVisible();
  await shot(page, testInfo.project.name, '4-verifikasi');

  // The drafter (the demo staf) finds the news behind the bell and clears it.
  const stafContext = await browser.newContext({ storageState: storageStateOf('staf'), viewport: testInfo.project.use.viewport ?? undefined });
  const staf = await stafContext.newPage();
  await staf.goto('/');
  await staf.getByRole('link', { name: /^Notifikasi, \d+ belum dibaca$/ }).click();
  await expect(staf.getByRole('list', { name: 'Daftar notifikasi' })).toContainText(`"${perihal}" telah ditandatangani`);
  await shot(staf, testInfo.project.name, '5-notifikasi');
  await staf.getByRole('button', { name: 'Tandai semua sudah dibaca' }).click();
  await expect(staf.getByRole('link', { name: 'Notifikasi', exact: true })).toBeVisible();
  await stafContext.close();
});

test('batch of three: one passphrase, the server signs, the page shows the progress and the result of each', async ({ page }, testInfo) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const perihal = [`Nota dinas batch A ${stamp}`, `Nota dinas batch B ${stamp}`, `Nota dinas batch C ${stamp}`];
  for (const p of perihal) await seedNaskahMenungguTandaTangan(p);

  await page.goto('/tanda-tangan');
  for (const p of perihal) await page.getByRole('checkbox', { name: `Pilih ${p}` }).check();
  await page.getByRole('button', { name: 'Tandatangani yang dipilih (3)' }).click();
  const dialog = page.getByRole('dialog');
  await expect(dialog.getByLabel('Passphrase sertifikat elektronik')).toBeVisible();
  await shot(page, testInfo.project.name, '5-batch-dialog');
  await dialog.getByLabel('Passphrase sertifikat elektronik').fill(DEMO_PASSPHRASE);
  // A double tap starts one batch (a second one of the same naskah failed them all as already signed).
  await dialog.getByRole('button', { name: 'Tandatangani' }).dblclick();
  await expect(dialog.getByText('Menandatangani di server…')).toBeVisible();
  await expect(dialog.getByRole('progressbar')).toHaveAttribute('aria-valuemax', '3');
  await shot(page, testInfo.project.name, '6-batch-progress');
  await expect(dialog.getByText('Selesai: 3 dari 3 berhasil')).toBeVisible({ timeout: 150_000 });
  await expect(dialog.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '3');
  const signed = dialog.locator('li[data-status="DITANDATANGANI"]');
  await expect(signed).toHaveCount(3);
  for (const p of perihal) await expect(signed.filter({ hasText: p })).toContainText(/Ditandatangani dengan nomor 000\.1\/\d{4}\/DISKOMINFO\/\d{4}/);
  await shot(page, testInfo.project.name, '7-batch-result');
  const batches = await withE2eDatabase((prisma) => prisma.batchTandaTanganItem.count({ where: { perihal: { in: perihal } } }));
  expect(batches).toBe(3);
  await dialog.getByRole('button', { name: 'Tutup' }).click();
  for (const p of perihal) await expect(page.getByRole('link', { name: p })).toHaveCount(0);
});

test('a batch goes on at the server when the page is closed', async ({ page, context }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const perihal = [`Nota dinas tab ditutup A ${stamp}`, `Nota dinas tab ditutup B ${stamp}`];
  for (const p of perihal) await seedNaskahMenungguTandaTangan(p);
  await page.goto('/tanda-tangan');
  for (const p of perihal) await page.getByRole('checkbox', { name: `Pilih ${p}` }).check();
  await page.getByRole('button', { name: 'Tandatangani yang dipilih (2)' }).click();
  await page.getByRole('dialog').getByLabel('Passphrase sertifikat elektronik').fill(DEMO_PASSPHRASE);
  await page.getByRole('dialog').getByRole('button', { name: 'Tandatangani' }).click();
  await expect(page.getByRole('dialog').getByText('Menandatangani di server…')).toBeVisible();
  await page.close();

  const again = await context.newPage();
  await expect(async () => {
    await again.goto('/tanda-tangan');
    for (const p of perihal) await expect(again.getByRole('link', { name: p })).toHaveCount(0, { timeout: 1_000 });
  }).toPass({ timeout: 150_000 });
});

test('signing with the network gone says so in the form, takes no number, and signs once the network is back', async ({ page, context }) => {
  test.setTimeout(120_000);
  const perihal = `Nota dinas sinyal lemah ${Date.now()}`;
  await seedNaskahMenungguTandaTangan(perihal);
  await page.goto('/tanda-tangan');
  await page.getByRole('link', { name: perihal }).click();
  await expect(page.getByRole('heading', { name: perihal })).toBeVisible();
  await page.getByLabel('Passphrase sertifikat elektronik').fill(DEMO_PASSPHRASE);
  // Between meetings, in the lift: the request cannot leave the phone. Before, the error page said
  // the server had failed.
  await context.setOffline(true);
  await page.getByRole('button', { name: 'Tandatangani' }).click();
  await expect(page.getByTestId('sign-form').getByRole('alert')).toContainText('Gagal mengirim ke server; tidak ada yang disimpan. Periksa koneksi lalu coba lagi.');
  await expect(page.getByRole('heading', { name: perihal })).toBeVisible();
  await expect(page.getByTestId('nomor-naskah')).toHaveCount(0);
  await context.setOffline(false);
  await page.getByLabel('Passphrase sertifikat elektronik').fill(DEMO_PASSPHRASE);
  await page.getByRole('button', { name: 'Coba lagi' }).click();
  await expect(page.getByTestId('signed-result')).toBeVisible({ timeout: 60_000 });
});

test('the passphrase is on the first screen above a long naskah, and an empty one is named on its field', async ({ page }, testInfo) => {
  const perihal = `Nota dinas lima halaman ${Date.now()}`;
  const id = await seedNaskahMenungguTandaTangan(perihal);
  const paragraf = '<p>Sehubungan dengan evaluasi SPBE tahun 2026, dengan hormat kami sampaikan laporan kemajuan pembangunan aplikasi umum, termasuk rencana integrasi layanan, kebutuhan anggaran, dan jadwal pelaksanaan tiap triwulan.</p>';
  await withE2eDatabase((prisma) => prisma.naskah.update({ where: { id }, data: { konten: { isi: paragraf.repeat(60) } } }));
  await page.goto(`/tanda-tangan/${id}`);
  await expect(page.getByRole('img', { name: /^Pratinjau naskah, halaman 3 dari \d+$/ })).toBeVisible({ timeout: 30_000 });

  // At 390x844 the passphrase was ~3,550 px down, below every page of the preview.
  const viewport = page.viewportSize()!;
  const button = page.getByRole('button', { name: 'Tandatangani' });
  expect((await page.getByLabel('Passphrase sertifikat elektronik').boundingBox())!.y).toBeLessThan(viewport.height);
  expect((await button.boundingBox())!.y + 20).toBeLessThan(viewport.height);
  await shot(page, testInfo.project.name, '6-long-naskah');

  // Without the browser's own check (an old browser, a script), the server names the field.
  await page.getByLabel('Passphrase sertifikat elektronik').evaluate((el) => el.removeAttribute('required'));
  await button.click();
  await expect(page.getByTestId('sign-form').getByText('Masukkan passphrase TTE Anda.')).toBeVisible();
  await expect(page.getByLabel('Passphrase sertifikat elektronik')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('sign-form').getByRole('alert')).toHaveCount(0);
  await expect(page.getByTestId('nomor-naskah')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/${testInfo.project.name}-7-empty-passphrase.png` });
});
