import { expect, test } from './support/test';
import { mkdirSync } from 'node:fs';
import { storageStateOf } from './support/roles';
import { tinyPdf } from '../support/fixtures';
import { shotForPeople } from './support/shot-for-people';

// A staf names the lampiran of a memo ("eksemplar"), then abandons the konsep: it leaves Konsep,
// is listed under Dibatalkan, and opens read-only.
test.use({ storageState: storageStateOf('staf') });

test('sebutan lampiran, then cancel a konsep with a reason', async ({ page }, testInfo) => {
  const perihal = `Memo yang dibatalkan ${Date.now()}`;
  await page.goto('/konsep/baru');
  await page.getByRole('button', { name: 'Memo', exact: true }).click();
  await expect(page).toHaveURL(/\/konsep\/[0-9a-f-]{36}$/);
  const naskahUrl = page.url();
  await page.getByLabel('Hal', { exact: true }).fill(perihal);

  await page.locator('input[type=file]').setInputFiles({ name: 'rincian.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf('Rincian biaya')) });
  await expect(page.getByRole('list', { name: 'Lampiran' })).toContainText('rincian.pdf');
  await expect(page.getByTestId('lampiran-line')).toContainText('1 (satu) berkas');
  await page.getByLabel('Sebutan lampiran').fill('eksemplar');
  await expect(page.getByTestId('lampiran-line')).toContainText('1 (satu) eksemplar');
  await page.getByRole('button', { name: 'Simpan versi' }).click();
  await expect(page.getByText(/Versi \d+ tersimpan/)).toBeVisible();
  await page.reload();
  await expect(page.getByLabel('Sebutan lampiran')).toHaveValue('eksemplar');

  await page.getByRole('button', { name: 'Batalkan konsep' }).click();
  const dialog = page.getByRole('dialog', { name: 'Batalkan konsep' });
  await dialog.getByLabel('Alasan (boleh dikosongkan)').fill('Digabung dengan memo lain.');
  mkdirSync('/tmp/drafting-shots', { recursive: true });
  await shotForPeople(page, { path: `/tmp/drafting-shots/${testInfo.project.name}-batal.png`, fullPage: true });
  await dialog.getByRole('button', { name: 'Ya, batalkan konsep' }).click();

  await expect(page).toHaveURL(/\/konsep\?dibatalkan=1$/);
  await expect(page.getByText('Konsep dibatalkan.')).toBeVisible();
  await expect(page.getByText(perihal)).toHaveCount(0);
  await page.getByRole('link', { name: 'Dibatalkan', exact: true }).click();
  await expect(page.getByRole('heading', { name: 'Konsep dibatalkan' })).toBeVisible();
  await page.getByText(perihal).click();
  await expect(page).toHaveURL(naskahUrl);
  await expect(page.getByText('Dibatalkan').first()).toBeVisible();
  await expect(page.getByRole('button', { name: 'Batalkan konsep' })).toHaveCount(0);
  await expect(page.getByLabel('Hal', { exact: true })).toHaveCount(0);
});
