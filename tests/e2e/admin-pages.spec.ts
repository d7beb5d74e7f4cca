import { expect, test, type Page } from './support/test';
import { storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// Every admin page renders for the admin instansi (screenshots at the project's size), and an
// admin OPD typing another OPD's address gets a refusal, not the data.

async function opdHref(page: Page, singkatan: string): Promise<string> {
  await page.goto('/admin');
  const row = page.getByRole('table', { name: 'Daftar OPD' }).locator('tbody tr').filter({ hasText: singkatan }).first();
  const href = await row.getByRole('link').getAttribute('href');
  expect(href).toMatch(/^\/admin\/opd\/[0-9a-f-]{36}$/);
  return href!;
}

test.describe('admin instansi', () => {
  test.use({ storageState: storageStateOf('admin') });

  test('opens every admin page', async ({ page }, testInfo) => {
    const shot = (name: string) => shotForPeople(page, { path: testInfo.outputPath(`${name}.png`), fullPage: true });
    await page.goto('/admin');
    await expect(page.getByRole('table', { name: 'Daftar OPD' })).toBeVisible();
    await shot('01-admin');
    const base = await opdHref(page, 'DISKOMINFO');
    const pages: [string, string | RegExp, string][] = [
      [base, /Dinas Komunikasi/, '02-opd-profil'],
      [`${base}/struktur`, /^Struktur/, '03-struktur'],
      [`${base}/penugasan`, 'Penugasan jabatan', '04-penugasan'],
      [`${base}/impor`, 'Impor CSV', '05-impor'],
      [`${base}/penomoran`, 'Template penomoran', '06-penomoran'],
      [`${base}/instruksi`, 'Instruksi disposisi', '07-instruksi'],
      ['/admin/pegawai', 'Pegawai', '08-pegawai'],
      ['/admin/peran', 'Peran', '10-peran'],
      ['/admin/klasifikasi', 'Klasifikasi arsip', '11-klasifikasi'],
      ['/admin/audit', 'Log audit', '12-audit'],
    ];
    for (const [href, heading, name] of pages) {
      await page.goto(href);
      await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
      await expect(page.getByTestId('forbidden')).toHaveCount(0);
      await shot(name);
    }

    await page.goto(`${base}/struktur`);
    await page.getByRole('link', { name: 'Ubah Kepala Bidang Aplikasi Informatika' }).click();
    await expect(page.getByRole('form', { name: 'Pindahkan' })).toBeVisible();
    await shot('03b-struktur-ubah');

    await page.goto('/admin/pegawai');
    await page.getByRole('list', { name: 'Daftar pegawai' }).getByRole('link').first().click();
    await expect(page.getByRole('form', { name: 'Data pegawai' })).toBeVisible();
    await shot('09-pegawai-detail');

    await page.goto(`${base}/penomoran`);
    // Choosing a jenis shows its saved template (the demo's Keputusan), not the defaults that saving would put over it.
    const template = page.getByLabel('Template', { exact: true });
    await page.getByLabel('Jenis naskah').selectOption('KEPUTUSAN');
    await expect(template).toHaveValue('{nomor} TAHUN {tahun}');
    await expect(page.getByLabel('Jumlah digit nomor urut')).toHaveValue('1');
    await page.getByLabel('Jenis naskah').selectOption('MEMO');
    await expect(template).not.toHaveValue('{nomor} TAHUN {tahun}');
    await page.getByLabel('Template', { exact: true }).fill('{nomor}/{unit}/{bulan_romawi}/{tahun}');
    await expect(page.getByTestId('nomor-preview')).toContainText(/0157\/DISKOMINFO\/[IVX]+\/\d{4}/);
    await page.getByLabel('Template', { exact: true }).fill('{nomor}/{tanggal}');
    await expect(page.getByTestId('nomor-preview')).toContainText('Token {tanggal} tidak dikenal');
  });
});

test.describe('admin OPD', () => {
  test('cannot open another OPD by its address', async ({ browser }, testInfo) => {
    const admin = await (await browser.newContext({ storageState: storageStateOf('admin') })).newPage();
    const other = await opdHref(admin, 'BAPPEDA');
    const adminOpd = await (await browser.newContext({ storageState: storageStateOf('adminOpd'), viewport: testInfo.project.name === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 800 } })).newPage();
    for (const suffix of ['', '/struktur', '/penugasan', '/impor', '/penomoran', '/instruksi']) {
      await adminOpd.goto(`${other}${suffix}`);
      await expect(adminOpd.getByTestId('forbidden')).toBeVisible();
    }
    await shotForPeople(adminOpd, { path: testInfo.outputPath('admin-opd-ditolak.png') });
  });
});
