import { execFileSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import ExcelJS from 'exceljs';
import { expect, test } from './support/test';
import { refreshLaporan } from '@/lib/jobs/refresh-laporan';
import { withE2eDatabase } from './support/e2e-database';
import { accountOf, storageStateOf } from './support/roles';
import { seedSuratMasukKepala } from './support/surat-masuk-seed';
import { shotForPeople } from './support/shot-for-people';

// The Kepala Dinas opens the reports at desktop and phone size, follows one figure to the letters
// behind it, and downloads the XLSX. A letter with a rare sifat is registered first and the rollups
// refreshed, as the periodic job would.

async function seedLetter(perihal: string, sifat: string) {
  await withE2eDatabase(async (prisma) => {
    await seedSuratMasukKepala(prisma, { perihal, sifat, pengirimNama: 'Kementerian Uji', derajatKecepatan: 'SEGERA' });
    await refreshLaporan({ prisma });
  });
}

test('Kepala reads the report, drills down, downloads the XLSX', async ({ browser }, testInfo) => {
  const phone = testInfo.project.name === 'phone';
  const viewport = phone ? { width: 390, height: 844 } : { width: 1280, height: 800 };
  const sifat = `Uji ${phone ? 'Ponsel' : 'Meja'} ${Date.now() % 100000}`;
  const perihal = `Surat laporan ${sifat}`;
  await seedLetter(perihal, sifat);

  const context = await browser.newContext({ storageState: storageStateOf('kepala'), viewport, ...(phone ? { isMobile: true, hasTouch: true } : {}), acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/laporan');
  await expect(page.getByRole('heading', { name: 'Laporan', exact: true })).toBeVisible();
  await expect(page.getByTestId('kesegaran')).toContainText('Angka diperbarui');
  // The period in words, as the printed report says it (it read "2026-12-01 s.d. 2026-12-06").
  const periode = /· \d{1,2} [A-Z][a-z]+ \d{4}( s\.d\. \d{1,2} [A-Z][a-z]+ \d{4})?/;
  await expect(page.locator('main')).toContainText(periode);
  await expect(page.locator('main')).not.toContainText(/\d{4}-\d{2}-\d{2} s\.d\./);
  await expect(page.getByRole('heading', { name: 'Surat masuk per sifat' })).toBeVisible();
  await expect(page.getByTestId('bar-figure').first()).toBeVisible();
  // Nothing is wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
  await shotForPeople(page, { path: testInfo.outputPath(`laporan-${testInfo.project.name}.png`), fullPage: true });

  await page.getByRole('link', { name: sifat, exact: true }).click();
  await expect(page.getByRole('heading', { name: `Surat masuk bersifat ${sifat}` })).toBeVisible();
  await expect(page.getByTestId('rincian-list').getByText(perihal)).toBeVisible();
  await shotForPeople(page, { path: testInfo.outputPath(`rincian-${testInfo.project.name}.png`), fullPage: true });
  await page.getByRole('link', { name: 'Kembali ke laporan' }).click();

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh XLSX' }).click()]);
  expect(download.suggestedFilename()).toMatch(/^laporan-\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.xlsx$/);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await readFile(await download.path())) as unknown as ArrayBuffer);
  expect(workbook.worksheets.map((s) => s.name)).toContain('Surat masuk per sifat');
  const cakupan = workbook.worksheets[0]!.getSheetValues().map((r) => (r as unknown[] | undefined)?.slice(1)).find((r) => r?.[0] === 'Cakupan');
  expect(String(cakupan?.[1])).toMatch(periode);
  const sifatSheet = workbook.getWorksheet('Surat masuk per sifat')!;
  const rows = sifatSheet.getSheetValues().slice(2).map((r) => (r as unknown[]).slice(1));
  expect(rows).toContainEqual([sifat, 1]);

  // The printable PDF, kept beside the screenshots to look at.
  const pdf = await page.request.get(`/laporan/unduh?format=pdf`);
  expect(pdf.headers()['content-type']).toBe('application/pdf');
  const pdfBytes = await pdf.body();
  expect(pdfBytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  await writeFile(testInfo.outputPath('laporan.pdf'), pdfBytes);
  await context.close();
});

test('kinerja of the whole pemda comes a page at a time, and one person is found by NIP and downloaded alone', async ({ browser }, testInfo) => {
  const phone = testInfo.project.name === 'phone';
  const viewport = phone ? { width: 390, height: 844 } : { width: 1280, height: 800 };
  const context = await browser.newContext({ storageState: storageStateOf('admin'), viewport, ...(phone ? { isMobile: true, hasTouch: true } : {}), acceptDownloads: true });
  const page = await context.newPage();
  await page.goto('/laporan/kinerja');
  // The demo pemda alone has more than one page of pegawai (50 a page).
  await expect(page.getByText(/^Halaman 1 dari \d+$/)).toBeVisible();
  await expect(page.getByTestId('kinerja-table').locator('tbody tr')).toHaveCount(50);
  await page.getByRole('link', { name: 'Berikutnya ›' }).click();
  await expect(page.getByText(/^Halaman 2 dari \d+$/)).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);

  const kabid = accountOf('kabid');
  await page.getByLabel('Nama atau NIP').fill(kabid.nip);
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  const rows = page.getByTestId('kinerja-table').locator('tbody tr');
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText(kabid.nip);
  await expect(page.getByText(/· 1 pegawai$/)).toBeVisible();
  // "Seluruh OPD" went with the form as an empty value: no filter, and nothing said to be ignored.
  await expect(page.getByText(/Saringan diabaikan/)).toHaveCount(0);
  await shotForPeople(page, { path: testInfo.outputPath(`kinerja-${testInfo.project.name}.png`), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh CSV' }).click()]);
  const csv = (await readFile(await download.path(), 'utf8')).trim().split('\n');
  expect(csv.filter((line) => /\d{18}/.test(line)).map((line) => line.match(/\d{18}/)![0])).toEqual([kabid.nip]);
  // The printable evidence of the same filter, made in the report pool: the kabid whole, by NIP and name.
  const [pdf] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Unduh PDF' }).click()]);
  expect(pdf.suggestedFilename()).toMatch(/^kinerja-\d{4}-\d{2}\.pdf$/);
  const pdfText = execFileSync('pdftotext', ['-layout', await pdf.path(), '-'], { encoding: 'utf8' });
  expect(pdfText).toContain(kabid.nip);
  // The month in words, as a pemda's evidence is titled (it read "2026-12").
  expect(pdfText.replace(/\s+/g, ' ')).toMatch(/Bukti Kinerja e-Office [A-Z][a-z]+ \d{4}/);

  await page.getByLabel('Nama atau NIP').fill('tidak ada orang bernama ini');
  await page.getByRole('button', { name: 'Tampilkan' }).click();
  await expect(page.getByText('Tidak ada pegawai dengan nama atau NIP “tidak ada orang bernama ini” pada cakupan ini.')).toBeVisible();
  await expect(page.getByTestId('kinerja-table')).toHaveCount(0);
  await context.close();
});
