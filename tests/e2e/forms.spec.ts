import { expect, test, type Browser, type Locator, type Page } from './support/test';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';
import { tinyPdf } from '../support/fixtures';
import { seedNaskahMenungguParaf } from './support/naskah-seed';
import { openOnceShown } from './support/open-once-shown';
import { storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// Every form keeps what was typed and chosen (files included) after the server refuses it, with the
// message beside the field; fixing the one field and sending again is enough. Runs at desktop size
// and at 390x844 (both projects), with fresh values each time.

test.setTimeout(180_000);

async function as(browser: Browser, key: DemoAccountKey, testInfo: { project: { name: string } }): Promise<Page> {
  const viewport = testInfo.project.name === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 800 };
  const context = await browser.newContext({ storageState: storageStateOf(key), viewport });
  return context.newPage();
}

const fileCount = (input: Locator) => input.evaluate((el) => (el as HTMLInputElement).files?.length ?? 0);
const fileName = (input: Locator) => input.evaluate((el) => (el as HTMLInputElement).files?.[0]?.name ?? '');
const yesterday = () => new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10);
const csv = (lines: string[]) => ({ mimeType: 'text/csv', buffer: Buffer.from(`${lines.join('\r\n')}\r\n`, 'utf8') });

test('registration: the duplicate warning keeps every field and the chosen scan; "Tetap catat" then registers', async ({ browser }, testInfo) => {
  const tu = await as(browser, 'pencatat', testInfo);
  const seq = Date.now() % 1e8;
  const nomor = `005/${seq}/DUP`;
  const perihal = `Undangan rapat koordinasi ${seq}`;
  const fill = async () => {
    await tu.goto('/pencatatan/baru');
    await tu.getByLabel('Pindaian surat').setInputFiles({ name: 'undangan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf('Undangan')) });
    await tu.getByLabel('Nomor surat').fill(nomor);
    await tu.getByLabel('Tanggal surat').fill('2026-11-20');
    await tu.getByLabel('Pengirim', { exact: true }).fill('Biro Organisasi Setda');
    await tu.getByLabel('Perihal').fill(perihal);
    await tu.getByLabel('Sifat').fill('Penting');
    await tu.getByLabel('Klasifikasi keamanan').selectOption('TERBATAS');
    await tu.getByLabel('Kecepatan').selectOption('SEGERA');
    await tu.getByLabel('Lampiran').fill('2');
  };
  await fill();
  await tu.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(tu).toHaveURL(/\/pencatatan\?agenda=/);

  // The same letter again: refused as a likely duplicate.
  await fill();
  await tu.getByRole('button', { name: 'Catat dan teruskan' }).click();
  const tetapCatat = tu.getByLabel(/Tetap catat/);
  await expect(tetapCatat).toBeVisible();
  await expect(tu.getByLabel('Nomor surat')).toHaveValue(nomor);
  await expect(tu.getByLabel('Tanggal surat')).toHaveValue('2026-11-20');
  await expect(tu.getByLabel('Pengirim', { exact: true })).toHaveValue('Biro Organisasi Setda');
  await expect(tu.getByLabel('Perihal')).toHaveValue(perihal);
  await expect(tu.getByLabel('Sifat')).toHaveValue('Penting');
  await expect(tu.getByLabel('Klasifikasi keamanan')).toHaveValue('TERBATAS');
  await expect(tu.getByLabel('Kecepatan')).toHaveValue('SEGERA');
  await expect(tu.getByLabel('Lampiran')).toHaveValue('2');
  expect(await fileName(tu.getByLabel('Pindaian surat'))).toBe('undangan.pdf');
  await shotForPeople(tu, { path: testInfo.outputPath('registrasi-duplikat.png'), fullPage: true });

  // Only the box is ticked; nothing is typed or chosen again.
  await tetapCatat.check();
  await tu.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(tu).toHaveURL(/\/pencatatan\?agenda=/);
});

test('registration: a perihal with an emoji is refused on its field, naming it; the rest stays and removing it registers', async ({ browser }, testInfo) => {
  const tu = await as(browser, 'pencatat', testInfo);
  const seq = Date.now() % 1e8;
  await tu.goto('/pencatatan/baru');
  await tu.getByLabel('Pindaian surat').setInputFiles({ name: 'surat.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf('Surat')) });
  await tu.getByLabel('Nomor surat').fill(`005/${seq}/EMJ`);
  await tu.getByLabel('Tanggal surat').fill('2026-11-20');
  await tu.getByLabel('Pengirim', { exact: true }).fill('Dinas Pariwisata');
  await tu.getByLabel('Perihal').fill(`Undangan festival budaya ${seq} 🎉`);
  await tu.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(tu.getByText(/Karakter “🎉” tidak dapat dicetak/).first()).toBeVisible();
  await expect(tu).toHaveURL(/\/pencatatan\/baru/);
  await expect(tu.getByLabel('Nomor surat')).toHaveValue(`005/${seq}/EMJ`);
  await expect(tu.getByLabel('Pengirim', { exact: true })).toHaveValue('Dinas Pariwisata');
  expect(await fileName(tu.getByLabel('Pindaian surat'))).toBe('surat.pdf');
  // The field's face names the file still chosen, in Indonesian whatever the browser's language.
  await expect(tu.getByLabel('Pindaian surat')).toHaveAccessibleDescription(/^surat\.pdf PDF, JPG, atau PNG/);
  await shotForPeople(tu, { path: testInfo.outputPath('registrasi-emoji.png'), fullPage: true });

  await tu.getByLabel('Perihal').fill(`Undangan festival budaya ${seq}`);
  await tu.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(tu).toHaveURL(/\/pencatatan\?agenda=/);
});

test('Tambah pegawai: a wrong NIP keeps every field and the OPD; the pegawai lands in the chosen OPD', async ({ browser }, testInfo) => {
  const admin = await as(browser, 'admin', testInfo);
  const seq = Date.now() % 1e6;
  const nama = `Dewi Anggraini ${seq}`;
  const form = admin.getByRole('form', { name: 'Tambah pegawai' });
  await admin.goto('/admin/pegawai');
  // No OPD is preselected: the first one in the list is never a silent default.
  await expect(form.getByLabel('OPD')).toHaveValue('');
  await form.getByLabel('OPD').selectOption({ label: 'DISKOMINFO' });
  await form.getByLabel('Nama (tanpa gelar)').fill(nama);
  await form.getByLabel('Gelar belakang').fill('S.Kom.');
  // 30 February is no birth date.
  await form.getByLabel('NIP (18 angka)').fill('199002302015031001');
  await form.getByLabel('NIK (16 angka)').fill(`33${String(seq).padStart(14, '0')}`);
  await form.getByLabel('Pangkat / golongan').selectOption('III/a');
  await form.getByRole('button', { name: 'Simpan pegawai' }).click();

  await expect(form.getByText('NIP tidak valid: 8 angka pertama harus tanggal lahir (yyyymmdd).')).toBeVisible();
  await expect(form.getByLabel('NIP (18 angka)')).toHaveAttribute('aria-invalid', 'true');
  await expect(form.getByLabel('OPD').locator('option:checked')).toHaveText('DISKOMINFO');
  await expect(form.getByLabel('Nama (tanpa gelar)')).toHaveValue(nama);
  await expect(form.getByLabel('Gelar belakang')).toHaveValue('S.Kom.');
  await expect(form.getByLabel('Pangkat / golongan')).toHaveValue('III/a');
  await shotForPeople(admin, { path: testInfo.outputPath('pegawai-nip-salah.png'), fullPage: true });

  // Only the NIP is corrected.
  const nip = `1990${String(1 + (seq % 12)).padStart(2, '0')}15201503${1 + (seq % 2)}${String(1 + (seq % 999)).padStart(3, '0')}`;
  await form.getByLabel('NIP (18 angka)').fill(nip);
  await form.getByRole('button', { name: 'Simpan pegawai' }).click();
  await expect(admin).toHaveURL(/\/admin\/pegawai\/[0-9a-f-]{36}$/);
  await admin.goto(`/admin/pegawai?q=${nip}`);
  await expect(admin.getByRole('list', { name: 'Daftar pegawai' }).locator('li', { hasText: nama })).toContainText('DISKOMINFO');
});

test('CSV import: the chosen files stay after "Periksa dulu", refused or passed, and "Impor" needs no new choice', async ({ browser }, testInfo) => {
  const admin = await as(browser, 'admin', testInfo);
  await admin.goto('/admin/klasifikasi');
  const form = admin.getByRole('form', { name: 'Impor klasifikasi' });
  const kode = `000.${100 + (Date.now() % 900)}`;
  const bad = csv(['kode,nama', `${kode},Kode uji ${kode}`, 'bukan-kode,Salah']);
  await form.getByLabel(/Berkas CSV/).setInputFiles({ name: 'klasifikasi.csv', ...bad });
  await form.getByRole('button', { name: 'Periksa dulu' }).click();
  await expect(form.getByTestId('row-errors')).toContainText('1 kesalahan ditemukan');
  expect(await fileName(form.getByLabel(/Berkas CSV/))).toBe('klasifikasi.csv');

  await form.getByLabel(/Berkas CSV/).setInputFiles({ name: 'klasifikasi-baik.csv', ...csv(['kode,nama', `${kode},Kode uji ${kode}`]) });
  await form.getByRole('button', { name: 'Periksa dulu' }).click();
  await expect(form.getByRole('status')).toContainText('1 kode siap diimpor');
  expect(await fileName(form.getByLabel(/Berkas CSV/))).toBe('klasifikasi-baik.csv');
  await expect(form.getByLabel(/Berkas CSV/)).toHaveAccessibleDescription(/^klasifikasi-baik\.csv/);
  await shotForPeople(admin, { path: testInfo.outputPath('impor-periksa.png'), fullPage: true });
  await form.getByRole('button', { name: 'Impor', exact: true }).click();
  await expect(form.getByRole('status')).toContainText('1 kode klasifikasi diimpor');
  // Saved: the form is cleared for the next file, and its face says so.
  expect(await fileCount(form.getByLabel(/Berkas CSV/))).toBe(0);
  await expect(form.getByLabel(/Berkas CSV/)).toHaveAccessibleDescription(/^Belum ada berkas dipilih/);
});

test('Tambah kode klasifikasi: a malformed kode keeps both fields', async ({ browser }, testInfo) => {
  const admin = await as(browser, 'admin', testInfo);
  await admin.goto('/admin/klasifikasi');
  const form = admin.getByRole('form', { name: 'Tambah kode' });
  await form.getByLabel('Kode').fill('12.A');
  await form.getByLabel('Nama').fill('Kearsipan daerah');
  await form.getByRole('button', { name: 'Tambah' }).click();
  await expect(form.getByText('Kode klasifikasi berbentuk 000 atau 000.1.2.')).toBeVisible();
  await expect(form.getByLabel('Kode')).toHaveValue('12.A');
  await expect(form.getByLabel('Nama')).toHaveValue('Kearsipan daerah');
});

test('disposisi: a batas waktu in the past keeps the recipients, the date, the speed and the note', async ({ browser }, testInfo) => {
  const tu = await as(browser, 'pencatat', testInfo);
  const perihal = `Permohonan data statistik ${Date.now() % 1e8}`;
  await tu.goto('/pencatatan/baru');
  await tu.getByLabel('Pindaian surat').setInputFiles({ name: 'surat.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf('Permohonan')) });
  await tu.getByLabel('Nomor surat').fill(`070/${Date.now() % 1e6}/BPS`);
  await tu.getByLabel('Tanggal surat').fill('2026-11-21');
  // The field shows the browser's order (11/21/2026 in English); the day in words says which it is.
  await expect(tu.getByLabel('Tanggal surat')).toHaveAccessibleDescription('Sabtu, 21 November 2026');
  await tu.getByLabel('Pengirim', { exact: true }).fill('BPS Provinsi');
  await tu.getByLabel('Perihal').fill(perihal);
  await tu.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(tu).toHaveURL(/\/pencatatan\?agenda=/);

  const kepala = await as(browser, 'kepala', testInfo);
  await openOnceShown(kepala, '/surat-masuk', kepala.getByRole('link', { name: perihal }));
  await kepala.getByRole('link', { name: perihal }).click();
  await kepala.getByRole('group', { name: 'Penerima cepat' }).getByRole('button').first().click();
  await kepala.getByText('Lainnya: penerima lain').click();
  await kepala.getByLabel('Tanggal batas lain').fill(yesterday());
  await kepala.getByLabel('Kecepatan').selectOption('SANGAT_SEGERA');
  // A 👍 is said to print as a box on the lembar, and not refused.
  await kepala.getByLabel('Catatan').fill('Setuju 👍');
  await expect(kepala.getByText('“👍” tampil di aplikasi, tetapi tercetak sebagai kotak kosong pada lembar disposisi.', { exact: false })).toBeVisible();
  await kepala.getByLabel('Catatan').scrollIntoViewIfNeeded();
  await shotForPeople(kepala, { path: testInfo.outputPath('catatan-emoji.png') });
  await kepala.getByLabel('Catatan').fill('Mohon disiapkan data tahun 2025.');
  await expect(kepala.getByText('tercetak sebagai kotak kosong', { exact: false })).toHaveCount(0);
  await kepala.getByRole('button', { name: /Kirim disposisi/ }).click();
  await expect(kepala.getByText('Batas waktu tidak boleh sebelum hari ini.').first()).toBeVisible();
  await expect(kepala.getByLabel('Tanggal batas lain')).toHaveValue(yesterday());
  await expect(kepala.getByLabel('Tanggal batas lain')).toHaveAccessibleDescription(/^(Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu), \d{1,2} \w+ \d{4}$/);
  await expect(kepala.getByLabel('Kecepatan')).toHaveValue('SANGAT_SEGERA');
  await expect(kepala.getByLabel('Catatan')).toHaveValue('Mohon disiapkan data tahun 2025.');
  await expect(kepala.getByRole('button', { name: 'Kirim disposisi (1)' })).toBeVisible();
});

test('OPD import: the three chosen CSV files stay after a refused "Periksa dulu"', async ({ browser }, testInfo) => {
  const admin = await as(browser, 'admin', testInfo);
  await admin.goto('/admin');
  await admin.getByRole('link', { name: 'Dinas Komunikasi dan Informatika' }).click();
  await admin.getByRole('link', { name: 'Impor CSV' }).click();
  const form = admin.getByRole('form', { name: 'Impor CSV' });
  await form.getByLabel('unit_kerja.csv').setInputFiles({ name: 'unit_kerja.csv', ...csv(['kode,nama,jenis,kode_induk', 'UJI,Unit Uji,BIDANG,TIDAKADA']) });
  await form.getByLabel('jabatan.csv').setInputFiles({ name: 'jabatan.csv', ...csv(['kode,nama,nama_singkat,jenis,eselon,kode_unit,kode_atasan']) });
  await form.getByLabel('pegawai.csv').setInputFiles({ name: 'pegawai.csv', ...csv(['nip,nik,nama,gelar_depan,gelar_belakang,golongan,email,kode_jabatan', '1990,3300000000000001,NIP Salah,,,,,']) });
  await form.getByRole('button', { name: 'Periksa dulu' }).click();
  await expect(form.getByTestId('row-errors')).toContainText('kesalahan ditemukan');
  expect(await fileName(form.getByLabel('unit_kerja.csv'))).toBe('unit_kerja.csv');
  expect(await fileName(form.getByLabel('jabatan.csv'))).toBe('jabatan.csv');
  expect(await fileName(form.getByLabel('pegawai.csv'))).toBe('pegawai.csv');
});

test("the verifikator's edit of a naskah, sent with the network gone, keeps the edit and says so; saving again works", async ({ browser }, testInfo) => {
  const perihal = `Uji ubah luring ${Date.now()}`;
  const naskahId = await seedNaskahMenungguParaf(perihal);
  const page = await as(browser, 'kabid', testInfo);
  await page.goto(`/perlu-verifikasi/${naskahId}`);
  await expect(page.getByRole('heading', { name: perihal })).toBeVisible();
  // The way back names the list it goes to.
  await expect(page.getByRole('link', { name: '← Perlu Verifikasi' })).toHaveAttribute('href', '/perlu-verifikasi');
  await page.getByRole('button', { name: 'Ubah naskah' }).click();
  const hal = page.locator('#perihal-verifikator');
  await hal.fill(`${perihal} (diperbaiki)`);
  // Before, the button stayed "Menyimpan…" for good and nothing said why.
  await page.context().setOffline(true);
  await page.getByRole('button', { name: 'Simpan perubahan (versi baru)' }).click();
  await expect(page.getByText('Gagal mengirim ke server; tidak ada yang disimpan. Periksa koneksi lalu coba lagi.')).toBeVisible();
  await expect(hal).toHaveValue(`${perihal} (diperbaiki)`);
  await page.context().setOffline(false);
  await page.getByRole('button', { name: 'Simpan perubahan (versi baru)' }).click();
  await expect(page.getByRole('heading', { name: `${perihal} (diperbaiki)` })).toBeVisible();
  await page.context().close();
});
