import { expect, test } from './support/test';
import { storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// A new OPD's structure built through the page: unit choices listed by name with their kode, a
// second unit of the same name refused on its field, and "Tambah jabatan" whose unit is the admin's
// own choice and whose default Atasan is accepted both before the OPD has a pimpinan (it becomes
// one) and after (the pimpinan).

test.use({ storageState: storageStateOf('admin') });

test('struktur: unit names unique and sorted, Atasan defaults that are accepted', async ({ page }, testInfo) => {
  const seq = Date.now() % 1e9;
  const singkatan = `DSTR${seq % 100000}`;
  await page.goto('/admin');
  const opd = page.getByRole('form', { name: 'Tambah OPD' });
  await opd.getByLabel('Nama OPD').fill(`Dinas Struktur ${singkatan}`);
  await opd.getByLabel('Kode', { exact: true }).fill(`8.${seq % 100000}`);
  await opd.getByLabel(/Singkatan/).fill(singkatan);
  await opd.getByLabel('Alamat').fill('Jl. Merdeka No. 8');
  await opd.getByLabel('Kota').fill('Kota Mandala');
  await opd.getByRole('button', { name: 'Simpan OPD' }).click();
  await expect(page.getByRole('heading', { name: `Dinas Struktur ${singkatan}` })).toBeVisible();
  await page.getByRole('link', { name: 'Struktur' }).click();

  const unit = page.getByRole('form', { name: 'Tambah unit kerja' });
  // Jenis is chosen, never assumed (the first choice was "Pimpinan" for every unit).
  await expect(unit.getByLabel('Jenis')).toHaveValue('');
  const addUnit = async (nama: string, kode: string, jenis = 'Bidang') => {
    await unit.getByLabel('Nama unit').fill(nama);
    await unit.getByLabel('Kode', { exact: true }).fill(kode);
    await unit.getByLabel('Jenis').selectOption({ label: jenis });
    await unit.getByRole('button', { name: 'Tambah unit' }).click();
  };
  // Saved once it is in the tree and the form is empty again (the outcome line says the same each time).
  const saved = async (nama: string) => {
    await expect(page.getByRole('list', { name: 'Pohon unit kerja' })).toContainText(nama);
    await expect(unit.getByLabel('Nama unit')).toHaveValue('');
  };
  await addUnit('Sekretariat', 'SEKR', 'Sekretariat');
  await saved('Sekretariat');
  await addUnit('Bidang Layanan', 'BID1');
  await saved('Bidang Layanan');
  await addUnit('  bidang LAYANAN ', 'BID2');
  await expect(unit.getByText('Sudah ada unit bernama “Bidang Layanan” di OPD ini; pakai nama yang membedakannya.').first()).toBeVisible();
  await expect(unit.getByLabel('Kode', { exact: true })).toHaveValue('BID2');
  await expect(unit.getByLabel('Induk').locator('option')).toHaveText(['(tingkat teratas)', 'Bidang Layanan (BID1)', 'Sekretariat (SEKR)']);
  await shotForPeople(page, { path: testInfo.outputPath('1-unit-ganda.png'), fullPage: true });

  const jabatan = page.getByRole('form', { name: 'Tambah jabatan' });
  const atasan = jabatan.getByLabel('Atasan');
  // No unit is chosen for the admin (the alphabetically first one was): left unchosen, it is asked
  // for on its field and what was typed stays.
  await expect(jabatan.getByLabel('Unit kerja').locator('option')).toHaveText(['Pilih unit kerja…', 'Bidang Layanan (BID1)', 'Sekretariat (SEKR)']);
  await expect(jabatan.getByLabel('Unit kerja')).toHaveValue('');
  // So is Jenis: "Struktural", the first choice, gave a staf post a pejabat's rights unseen.
  await expect(jabatan.getByLabel('Jenis')).toHaveValue('');
  await expect(jabatan.getByLabel('Jenis').locator('option')).toHaveText(['Pilih jenis jabatan…', 'Struktural', 'Fungsional', 'Pelaksana']);
  await jabatan.getByLabel('Nama jabatan').fill(`Kepala Dinas Struktur ${seq}`);
  await jabatan.getByLabel('Nama singkat').fill('Kadis');
  await jabatan.getByLabel('Kode', { exact: true }).fill('KADIS');
  // The browser asks first (required); a script, or a browser that does not, gets the server's answer.
  expect(await jabatan.getByLabel('Unit kerja').evaluate((el) => (el as HTMLSelectElement).validity.valueMissing)).toBe(true);
  await jabatan.getByLabel('Unit kerja').evaluate((el) => el.removeAttribute('required'));
  await jabatan.getByLabel('Jenis').evaluate((el) => el.removeAttribute('required'));
  await jabatan.getByRole('button', { name: 'Tambah jabatan' }).click();
  await expect(jabatan.getByText('Pilih unit kerja.', { exact: true })).toBeVisible();
  await expect(jabatan.getByText('Pilih jenis jabatan.', { exact: true })).toBeVisible();
  await expect(jabatan.getByLabel('Unit kerja')).toHaveAttribute('aria-invalid', 'true');
  await expect(jabatan.getByLabel('Nama jabatan')).toHaveValue(`Kepala Dinas Struktur ${seq}`);
  await expect(page.getByRole('link', { name: `Ubah Kepala Dinas Struktur ${seq}` })).toHaveCount(0);
  await shotForPeople(page, { path: testInfo.outputPath('2-unit-belum-dipilih.png') });
  const addJabatan = async (nama: string, singkat: string, kode: string, unitLabel: string) => {
    await jabatan.getByLabel('Nama jabatan').fill(nama);
    await jabatan.getByLabel('Nama singkat').fill(singkat);
    await jabatan.getByLabel('Kode', { exact: true }).fill(kode);
    await jabatan.getByLabel('Unit kerja').selectOption({ label: unitLabel });
    await jabatan.getByLabel('Jenis').selectOption({ label: 'Struktural' });
    await jabatan.getByRole('button', { name: 'Tambah jabatan' }).click();
  };
  // No pimpinan yet: the default makes the first post the pimpinan.
  await expect(atasan.locator('option:checked')).toHaveText('(menjadi pimpinan OPD)');
  await addJabatan(`Kepala Dinas Struktur ${seq}`, 'Kadis', 'KADIS', 'Sekretariat (SEKR)');
  await expect(jabatan.getByRole('status')).toHaveText('Jabatan ditambahkan.');
  await expect(jabatan.getByLabel('Nama jabatan')).toHaveValue('');
  // Now the pimpinan is the default, and "no atasan" (always refused from here on) is not offered.
  await expect(atasan.locator('option:checked')).toHaveText(`Kepala Dinas Struktur ${seq}`);
  await expect(atasan.locator('option', { hasText: 'pimpinan OPD' })).toHaveCount(0);
  await addJabatan('Kepala Bidang Layanan', 'Kabid Layanan', 'KABID1', 'Bidang Layanan (BID1)');
  await expect(jabatan.getByRole('status')).toHaveText('Jabatan ditambahkan.');
  const tree = page.getByRole('list', { name: 'Pohon jabatan' });
  await expect(tree.getByRole('listitem').filter({ hasText: `Kepala Dinas Struktur ${seq}` }).first()).toContainText('Kepala Bidang Layanan');
  await shotForPeople(page, { path: testInfo.outputPath('3-jabatan.png'), fullPage: true });

  // Nonaktifkan asks first: no page turns a post back on. Batal keeps it; "Ya" retires it.
  const kabid = () => tree.locator('li').filter({ has: page.getByText('Kepala Bidang Layanan', { exact: true }) }).first();
  await page.getByRole('link', { name: 'Ubah Kepala Bidang Layanan' }).click();
  const tanya = page.getByRole('group', { name: /^Nonaktifkan jabatan Kepala Bidang Layanan\?/ });
  await page.getByRole('button', { name: 'Nonaktifkan jabatan' }).click();
  await expect(tanya).toBeVisible();
  await shotForPeople(page, { path: testInfo.outputPath('4-nonaktifkan-tanya.png') });
  await tanya.getByRole('button', { name: 'Batal' }).click();
  await expect(tanya).toBeHidden();
  await expect(kabid()).not.toContainText('nonaktif');
  await page.getByRole('button', { name: 'Nonaktifkan jabatan' }).click();
  await tanya.getByRole('button', { name: 'Ya, nonaktifkan' }).click();
  await expect(kabid()).toContainText('nonaktif');
});
