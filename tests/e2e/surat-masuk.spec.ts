import { expect, test, type Browser } from './support/test';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';
import { fakeExecutable, tinyPdf } from '../support/fixtures';
import { storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// Incoming mail at desktop size: registration refuses a disguised executable, a Rahasia letter and
// its scan open only for its addressee (page, file and lembar disposisi), and the inbox filters.

async function as(browser: Browser, key: DemoAccountKey) {
  const context = await browser.newContext({ storageState: storageStateOf(key), viewport: { width: 1280, height: 800 } });
  return context.newPage();
}

test('a Rahasia letter: refused upload, then visible to the Kepala Dinas only, file included', async ({ browser }, testInfo) => {
  const perihal = `Laporan hasil pemeriksaan khusus ${Date.now()}`;
  const pencatat = await as(browser, 'pencatat');
  await pencatat.goto('/pencatatan/baru');
  const fill = async () => {
    await pencatat.getByLabel('Nomor surat').fill(`R-${Date.now() % 100000}/INSP`);
    await pencatat.getByLabel('Tanggal surat').fill('2026-11-20');
    await pencatat.getByLabel('Pengirim', { exact: true }).fill('Inspektorat Provinsi');
    await pencatat.getByLabel('Perihal').fill(perihal);
    await pencatat.getByLabel('Sifat').fill('Segera');
    await pencatat.getByLabel('Klasifikasi keamanan').selectOption('RAHASIA');
  };
  await fill();
  await pencatat.getByLabel('Pindaian surat').setInputFiles({ name: 'surat.pdf', mimeType: 'application/pdf', buffer: Buffer.from(fakeExecutable()) });
  await pencatat.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(pencatat.locator('#pindaian-error')).toHaveText('Berkas harus PDF, JPG, atau PNG (isi berkas diperiksa, bukan nama berkasnya).');

  await fill();
  await pencatat.getByLabel('Pindaian surat').setInputFiles({ name: 'surat.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf('RAHASIA')) });
  await pencatat.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(pencatat.getByRole('status')).toContainText('Surat tercatat dengan nomor agenda');

  const kepala = await as(browser, 'kepala');
  await kepala.goto('/surat-masuk?keamanan=RAHASIA&belumDibaca=1');
  await expect(kepala.getByText('Saring surat (aktif)')).toBeVisible();
  await kepala.getByRole('link', { name: perihal }).click();
  await expect(kepala.getByTestId('pdf-pages')).toHaveAttribute('data-status', 'ready');
  // Sifat as printed on the letter, apart from the security class.
  const metadata = kepala.locator('dl').filter({ hasText: 'Nomor agenda' });
  await expect(metadata.locator('dt', { hasText: /^Sifat$/ }).locator('xpath=following-sibling::dd[1]')).toHaveText('Segera');
  await expect(metadata.locator('dt', { hasText: 'Klasifikasi keamanan' }).locator('xpath=following-sibling::dd[1]')).toHaveText('Rahasia');
  await shotForPeople(kepala, { path: testInfo.outputPath('kepala-rahasia.png'), fullPage: true });
  const letterPath = new URL(kepala.url()).pathname;
  const fileHref = (await kepala.getByRole('link', { name: /Buka PDF/ }).getAttribute('href'))!;
  expect((await kepala.request.get(fileHref)).status()).toBe(200);

  // The Kabid guesses the ids: the page, the file and the lembar disposisi all refuse.
  const kabid = await as(browser, 'kabid');
  await kabid.goto(letterPath);
  await expect(kabid.getByTestId('forbidden')).toBeVisible();
  await expect(kabid.getByText(perihal)).toHaveCount(0);
  const file = await kabid.request.get(fileHref);
  expect(file.status()).toBe(404);
  expect(await file.text()).toBe('Berkas tidak ditemukan atau Anda tidak berwenang membukanya.');
  expect((await kabid.request.get(`${letterPath}/lembar-disposisi`)).status()).toBe(404);
  // Opened in a tab, the file and the lembar show the app's refusal page, as the letter page does.
  for (const refused of [fileHref, `${letterPath}/lembar-disposisi`]) {
    await kabid.goto(refused);
    await expect(kabid).toHaveURL(/\/akses-ditolak$/);
    await expect(kabid.getByTestId('forbidden')).toContainText('Akses ditolak');
    await expect(kabid.getByText(perihal)).toHaveCount(0);
  }
  await kabid.goto('/surat-masuk?keamanan=RAHASIA');
  await expect(kabid.getByRole('link', { name: perihal })).toHaveCount(0);
});

test('the TU clerk: scan errors named with the other fields, and the registered letter leads back to Pencatatan', async ({ browser }) => {
  const perihal = `Permohonan data statistik ${Date.now()}`;
  const pencatat = await as(browser, 'pencatat');
  await pencatat.goto('/pencatatan/baru');
  await pencatat.getByLabel('Nomor surat').fill(`T-${Date.now() % 100000}/BPS`);
  await pencatat.getByLabel('Tanggal surat').fill('2099-01-05');
  await pencatat.getByLabel('Pengirim', { exact: true }).fill('Badan Pusat Statistik');
  await pencatat.getByLabel('Perihal').fill(perihal);
  const submit = () => pencatat.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await pencatat.getByLabel('Pindaian surat').setInputFiles({ name: 'surat.docx', mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', buffer: Buffer.from('PK\u0003\u0004word/') });
  await submit();
  // Both in the same submit: the date and the file's kind.
  await expect(pencatat.locator('#tanggalSurat-error')).toContainText('tidak boleh setelah hari ini');
  await expect(pencatat.locator('#pindaian-error')).toHaveText('Berkas harus PDF, JPG, atau PNG (isi berkas diperiksa, bukan nama berkasnya).');
  await expect(pencatat.getByLabel('Perihal')).toHaveValue(perihal);

  await pencatat.getByLabel('Tanggal surat').fill('2026-01-05');
  await pencatat.getByLabel('Pindaian surat').setInputFiles({ name: 'pindaian.pdf', mimeType: 'application/pdf', buffer: Buffer.alloc(0) });
  await submit();
  await expect(pencatat.locator('#pindaian-error')).toHaveText('Berkas pindaian kosong (0 bita). Pindai ulang surat atau pilih berkas pindaian yang berisi.');

  await pencatat.getByLabel('Pindaian surat').setInputFiles({ name: 'pindaian.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf('Permohonan data')) });
  await submit();
  await expect(pencatat.getByRole('status')).toContainText('Surat tercatat dengan nomor agenda');
  await pencatat.getByRole('link', { name: perihal }).click();
  await pencatat.getByRole('link', { name: '← Pencatatan Surat' }).click();
  await expect(pencatat).toHaveURL(/\/pencatatan$/);
  await expect(pencatat.getByRole('heading', { level: 1, name: 'Pencatatan Surat' })).toBeVisible();
});

test('the inbox filters by sender and says when nothing matches', async ({ browser }) => {
  const kepala = await as(browser, 'kepala');
  await kepala.goto('/surat-masuk');
  await kepala.getByText('Saring surat').click();
  await kepala.getByLabel('Pengirim').fill('tidak ada pengirim seperti ini');
  await kepala.getByRole('button', { name: 'Terapkan' }).click();
  await expect(kepala).toHaveURL(/pengirim=tidak/);
  await expect(kepala.getByText('Tidak ada surat yang cocok')).toBeVisible();
  await kepala.getByRole('link', { name: 'Hapus saringan' }).click();
  await expect(kepala.getByRole('list', { name: 'Daftar surat masuk' })).toBeVisible();
});
