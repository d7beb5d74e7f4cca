import { expect, test } from './support/test';
import { freshAccount } from './support/fresh-account';
import { storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// Deactivating a pegawai ends their sessions at once: the admin is asked first, naming the person.
// "Batal" leaves them active; "Ya, nonaktifkan" deactivates. An account of the test's own.

test.use({ storageState: storageStateOf('admin') });

test('nonaktifkan pegawai asks first, naming the person', async ({ page }, testInfo) => {
  const { nip, nama } = await freshAccount();
  await page.goto('/admin/pegawai');
  await page.getByRole('searchbox', { name: 'Cari nama atau NIP' }).fill(nip);
  await page.getByRole('button', { name: 'Cari' }).click();
  await page.getByRole('link', { name: nama }).click();
  await expect(page.getByRole('heading', { name: nama })).toBeVisible();

  const tanya = page.getByRole('group', { name: new RegExp(`^Nonaktifkan ${nama}\\?`) });
  await page.getByRole('button', { name: 'Nonaktifkan pegawai' }).click();
  await expect(tanya).toBeVisible();
  await shotForPeople(page, { path: testInfo.outputPath('1-tanya.png'), fullPage: true });
  await tanya.getByRole('button', { name: 'Batal' }).click();
  await expect(tanya).toHaveCount(0);
  // Nothing was sent: still active after a reload.
  await page.reload();
  await expect(page.getByText('nonaktif', { exact: true })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Nonaktifkan pegawai' })).toBeVisible();

  await page.getByRole('button', { name: 'Nonaktifkan pegawai' }).click();
  await tanya.getByRole('button', { name: 'Ya, nonaktifkan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Pegawai dinonaktifkan.' })).toBeVisible();
  await expect(page.getByText('nonaktif', { exact: true })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Aktifkan kembali' })).toBeVisible();
  await shotForPeople(page, { path: testInfo.outputPath('2-nonaktif.png'), fullPage: true });
});
