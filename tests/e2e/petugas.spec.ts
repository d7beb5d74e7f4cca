import { expect, test, type Page } from './support/test';
import { execFile } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { promisify } from 'node:util';
import { storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// A staf drafts a Surat Tugas at desktop size and (phone project) at 390x844: two pegawai from the
// search (one of another OPD, found by NIP), a refused duplicate, one person typed by hand, a
// reorder; the order survives a reload (autosave) and is the order printed in the live preview.
const SHOTS = '/tmp/petugas-shots';
const exec = promisify(execFile);
const MANUAL = 'Drs. Yohanes Lake, M.Si.';

test.use({ storageState: storageStateOf('staf') });

const namesInList = (page: Page) => page.getByRole('list', { name: 'Daftar petugas' }).getByRole('listitem').locator('p.font-medium').allTextContents();

test('Surat Tugas: petugas from the pegawai search and by hand, reordered, printed in order', async ({ page }, testInfo) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  const section = page.locator('section', { has: page.getByRole('heading', { name: 'Isi Surat Tugas' }) });
  const shot = (name: string) => shotForPeople(section, { path: `${SHOTS}/${testInfo.project.name}-${name}.png` });

  await page.goto('/konsep/baru');
  await page.getByRole('button', { name: 'Surat Tugas' }).click();
  await expect(page).toHaveURL(/\/konsep\/[0-9a-f-]{36}$/);
  const naskahUrl = page.url();
  await page.getByLabel('Hal', { exact: true }).fill(`Penugasan Bimbingan Teknis TNDE ${Date.now()}`);
  await page.getByLabel('Dasar', { exact: true }).fill('Peraturan Menteri Dalam Negeri Nomor 1 Tahun 2023 tentang Tata Naskah Dinas.');
  await page.getByLabel('Untuk', { exact: true }).fill('Melaksanakan bimbingan teknis aplikasi TNDE.');
  await expect(page.getByText('Belum ada orang yang ditugaskan.')).toBeVisible();

  // By name, in the drafter's own OPD.
  const cari = page.getByRole('searchbox', { name: 'Cari pegawai' });
  await cari.fill('hendra sap');
  const hasil = page.getByRole('list', { name: 'Hasil pencarian pegawai' });
  await expect(hasil.getByRole('button')).toHaveCount(1);
  await expect(hasil).toContainText('Dinas Komunikasi dan Informatika');
  await shot('1-hasil');
  await hasil.getByRole('button', { name: /Hendra Saputra/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'ditambahkan sebagai nomor 1' })).toBeVisible();
  await expect(cari).toHaveValue('');

  // By NIP, in another OPD of the same pemda: the OPD is named in the result and in the jabatan.
  await cari.fill('197509092000');
  await expect(hasil.getByRole('button')).toHaveCount(1);
  await expect(hasil).toContainText('Badan Perencanaan');
  await hasil.getByRole('button', { name: /Bambang Hermawan/ }).click();

  // The same pegawai twice is refused.
  await cari.fill('Hendra Saputra');
  await expect(hasil).toContainText('sudah dalam daftar');
  await hasil.getByRole('button', { name: /Hendra Saputra/ }).click();
  await expect(page.getByText('sudah ada dalam daftar (nomor 1)')).toBeVisible();
  await cari.fill('');

  // Someone outside the system, typed by hand, checked with the server's messages.
  await page.getByRole('button', { name: 'Tambah manual' }).click();
  await page.getByLabel('Nama (dengan gelar)').fill(MANUAL);
  await page.getByLabel('NIP (boleh kosong)').fill('12345');
  await page.getByRole('button', { name: 'Tambah ke daftar' }).click();
  await expect(page.getByText('NIP harus 18 angka.')).toBeVisible();
  await expect(page.getByText('Isi jabatan.')).toBeVisible();
  await shot('2-manual-galat');
  await page.getByLabel('NIP (boleh kosong)').fill('');
  await page.getByLabel('Pangkat (golongan), boleh kosong').fill('Pembina (IV/a)');
  await page.getByLabel('Jabatan', { exact: true }).fill('Kepala Bidang Aplikasi pada Kementerian Komunikasi dan Digital');
  await page.getByRole('button', { name: 'Tambah ke daftar' }).click();

  const list = page.getByRole('list', { name: 'Daftar petugas' });
  await expect(list.getByRole('listitem')).toHaveCount(3);
  expect(await namesInList(page)).toEqual(['Dr. Hendra Saputra, S.Kom., M.Kom.', 'Bambang Hermawan, S.E., M.M.', MANUAL]);
  await expect(list.getByRole('listitem').nth(1)).toContainText('pada Badan Perencanaan');
  await expect(list.getByRole('listitem').nth(2)).toContainText('diisi manual');

  // Reorder: the manual person up to second place.
  await page.getByRole('button', { name: `Naikkan ${MANUAL}` }).click();
  const urutan = ['Dr. Hendra Saputra, S.Kom., M.Kom.', MANUAL, 'Bambang Hermawan, S.E., M.M.'];
  expect(await namesInList(page)).toEqual(urutan);
  await expect(page.getByRole('button', { name: 'Naikkan Dr. Hendra Saputra, S.Kom., M.Kom.' })).toBeDisabled();
  await expect(page.getByTestId('autosave-status')).toContainText(/Tersimpan \d{2}\.\d{2}/);
  await page.getByRole('button', { name: 'Tambah dari pegawai' }).click();
  await shot('3-daftar');
  await shotForPeople(page, { path: `${SHOTS}/${testInfo.project.name}-page.png`, fullPage: true });

  // Autosaved: a reload shows the same order.
  await page.reload();
  await expect(page.getByRole('list', { name: 'Daftar petugas' }).getByRole('listitem')).toHaveCount(3);
  expect(await namesInList(page)).toEqual(urutan);

  // And the live preview prints them in that order.
  const preview = await page.request.get(`${naskahUrl}/pratinjau`);
  expect(preview.headers()['content-type']).toBe('application/pdf');
  const file = `${SHOTS}/${testInfo.project.name}-pratinjau.pdf`;
  writeFileSync(file, await preview.body());
  const text = (await exec('pdftotext', ['-layout', file, '-'])).stdout.replace(/\s+/g, ' ');
  const at = ['Hendra Saputra', 'Yohanes Lake', 'Bambang Hermawan'].map((n) => text.indexOf(n));
  expect(at.every((i) => i >= 0)).toBe(true);
  expect([...at].sort((a, b) => a - b)).toEqual(at);
  expect(text).toContain('Pembina (IV/a)');
});
