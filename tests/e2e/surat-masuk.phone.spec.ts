import { expect, test, type Browser } from './support/test';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';
import { tinyPdf, tinyPng } from '../support/fixtures';
import { registerSuratMasuk } from './support/register-surat';
import { storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// The golden path of incoming mail, on a phone: the pencatat registers a letter, the Kepala Dinas
// disposes it to a Kepala Bidang in three taps, who disposes to a staf, who reports it done; the
// Kepala Dinas sees every state change on the letter page.
// Runs in the phone project only (playwright.config.ts: *.phone.spec.ts).

async function as(browser: Browser, key: DemoAccountKey) {
  const context = await browser.newContext({ storageState: storageStateOf(key), viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  return context.newPage();
}

test('register, dispose down two levels, report done', async ({ browser }, testInfo) => {
  const perihal = `Undangan Rapat Koordinasi Satu Data ${Date.now()}`;

  const pencatat = await as(browser, 'pencatat');
  await pencatat.goto('/pencatatan/baru');
  // A photographed letter: the server turns it into a PDF.
  await pencatat.getByLabel('Pindaian surat').setInputFiles({ name: 'foto-surat.png', mimeType: 'image/png', buffer: Buffer.from(tinyPng(600, 850, [245, 245, 240])) });
  await pencatat.getByLabel('Nomor surat').fill(`005/${Date.now() % 100000}/BAPPENAS`);
  await pencatat.getByLabel('Tanggal surat').fill('2026-11-20');
  await pencatat.getByLabel('Pengirim', { exact: true }).fill('Kementerian PPN/Bappenas');
  await pencatat.getByLabel('Perihal').fill(perihal);
  await pencatat.getByLabel('Kecepatan').selectOption('SEGERA');
  await shotForPeople(pencatat, { path: testInfo.outputPath('1-pencatat-form.png'), fullPage: true });
  await pencatat.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(pencatat.getByRole('status')).toContainText('Surat tercatat dengan nomor agenda');

  const kepala = await as(browser, 'kepala');
  await kepala.goto('/surat-masuk');
  await kepala.getByRole('link', { name: perihal }).click();
  await expect(kepala.getByRole('heading', { name: perihal })).toBeVisible();
  // The scan is drawn inside the page (phone browsers do not show an embedded PDF).
  await expect(kepala.getByTestId('pdf-pages')).toHaveAttribute('data-status', 'ready');
  await expect(kepala.getByRole('img', { name: /Pindaian surat, halaman 1 dari 1/ })).toBeVisible();
  await shotForPeople(kepala, { path: testInfo.outputPath('2-kepala-surat.png'), fullPage: true });
  // Three taps after opening: the Kabid's quick button, (the default instruction is ticked), send.
  await kepala.getByRole('group', { name: 'Penerima cepat' }).getByRole('button', { name: /Kabid Aptika/ }).tap();
  await kepala.getByRole('button', { name: /Kirim disposisi/ }).tap();
  const timeline = kepala.getByRole('list', { name: 'Riwayat disposisi' });
  await expect(timeline.getByTestId('disposisi-penerima')).toContainText(['Belum dibaca']);

  const kabid = await as(browser, 'kabid');
  await kabid.goto('/disposisi');
  await kabid.getByRole('link', { name: perihal }).click();
  await kabid.getByText('Lainnya: penerima lain').tap();
  await kabid.getByRole('checkbox', { name: /Rizky Ramadhan/ }).check();
  await kabid.getByLabel('Catatan').fill('Mohon disiapkan bahan paparan.');
  await kabid.getByRole('button', { name: /Kirim disposisi/ }).tap();
  await expect(kabid.getByRole('list', { name: 'Riwayat disposisi' }).getByTestId('disposisi-item')).toHaveCount(2);

  const stafPage = await as(browser, 'staf');
  await stafPage.goto('/disposisi');
  await stafPage.getByRole('link', { name: perihal }).click();
  // A first report, not yet done: sent, the form empties, and the file field says so too.
  const lampiranLaporan = stafPage.getByLabel('Lampiran (opsional)');
  await expect(lampiranLaporan).toHaveAccessibleDescription(/^Belum ada berkas dipilih/);
  await stafPage.getByLabel('Laporan tindak lanjut').fill('Bahan paparan sedang disusun.');
  await lampiranLaporan.setInputFiles({ name: 'draf-paparan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf('Draf paparan')) });
  await expect(lampiranLaporan).toHaveAccessibleDescription(/^draf-paparan\.pdf/);
  await stafPage.getByRole('button', { name: 'Kirim laporan' }).tap();
  await expect(stafPage.getByLabel('Laporan tindak lanjut')).toHaveValue('');
  await expect(lampiranLaporan).toHaveAccessibleDescription(/^Belum ada berkas dipilih/);
  await stafPage.getByLabel('Laporan tindak lanjut').fill('Bahan paparan sudah disiapkan dan dikirim.');
  await stafPage.getByLabel('Lampiran (opsional)').setInputFiles({ name: 'bahan-paparan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf('Bahan paparan')) });
  await stafPage.getByLabel('Tandai selesai').check();
  await stafPage.getByRole('button', { name: 'Kirim laporan' }).tap();
  // The form goes away once the disposisi is done; the timeline shows the outcome.
  await expect(stafPage.getByTestId('disposisi-penerima').last()).toContainText('Selesai');
  await expect(stafPage.getByLabel('Laporan tindak lanjut')).toHaveCount(0);

  await kepala.reload();
  const states = kepala.getByRole('list', { name: 'Riwayat disposisi' }).getByTestId('disposisi-penerima');
  await expect(states.nth(0)).toContainText('Ditindaklanjuti');
  await expect(states.nth(0)).toContainText('Dibaca');
  await expect(states.nth(1)).toContainText('Selesai');
  await expect(states.nth(1)).toContainText('Bahan paparan sudah disiapkan');
  const lampiran = states.nth(1).getByRole('link', { name: /bahan-paparan\.pdf/ });
  const file = await kepala.request.get((await lampiran.getAttribute('href'))!);
  expect(file.headers()['content-type']).toBe('application/pdf');
  const lembar = await kepala.request.get(`${new URL(kepala.url()).pathname}/lembar-disposisi`);
  expect(lembar.headers()['content-type']).toBe('application/pdf');
  expect((await lembar.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await shotForPeople(kepala, { path: testInfo.outputPath('3-kepala-riwayat.png'), fullPage: true });
});

test('a saved preset makes the next disposisi two taps', async ({ browser }) => {
  const first = `Permintaan data statistik sektoral ${Date.now()}`;
  const second = `Permintaan data statistik lanjutan ${Date.now()}`;
  await registerSuratMasuk(browser, first);
  await registerSuratMasuk(browser, second);
  const presetName = `IKP ${Date.now() % 10000}`;

  const kepala = await as(browser, 'kepala');
  await kepala.goto('/surat-masuk');
  await kepala.getByRole('link', { name: first }).click();
  // The full recipient list is drawn when "Lainnya" opens, not carried in every letter's HTML.
  await expect(kepala.getByText('Lainnya: penerima lain')).toBeVisible();
  const html = await (await kepala.request.get(kepala.url())).text();
  expect(html.includes('Lainnya: penerima lain'), 'the form is in the HTML').toBe(true);
  expect(html.includes('Semua jabatan di bawah Anda</legend><div class="max-h-72 overflow-y-auto"><label'), 'the full list is not').toBe(false);
  await kepala.getByText('Lainnya: penerima lain').tap();
  // Twenty-two posts below the Kepala: the list is filtered by a jabatan's or its holder's words.
  const daftar = kepala.getByRole('group', { name: 'Semua jabatan di bawah Anda' });
  // The list is drawn after the details' toggle event, a task after the tap: wait for it before counting.
  await expect(daftar.getByRole('checkbox').first()).toBeVisible();
  const semua = await daftar.getByRole('checkbox').count();
  expect(semua).toBeGreaterThanOrEqual(10);
  const saring = kepala.getByRole('searchbox', { name: 'Cari jabatan atau nama pejabat' });
  // A staff title repeats in every seksi: each names the post above it, and the filter finds the
  // seksi's staff by it ("egov" for Kasi E-Gov).
  await saring.fill('egov');
  await expect(daftar.getByRole('checkbox', { name: /^Pranata Komputer Ahli Pertama Rizky Ramadhan, S\.Kom\. · di bawah Kasi E-Gov$/ })).toBeVisible();
  await expect(daftar.getByRole('checkbox', { name: /Informasi dan Komunikasi Publik/ })).toHaveCount(0);
  await saring.fill('rizal');
  await expect(daftar.getByRole('checkbox')).toHaveCount(1);
  await daftar.getByRole('checkbox', { name: /Kepala Bidang Informasi dan Komunikasi Publik/ }).check();
  // A ticked post stays in view whatever is typed; a filter that matches nothing says so.
  await saring.fill('tidakadajabatanini');
  await expect(daftar.getByText('Tidak ada jabatan yang cocok dengan “tidakadajabatanini”.')).toBeVisible();
  await expect(daftar.getByRole('checkbox')).toHaveCount(1);
  await expect(daftar.getByRole('checkbox', { name: /Informasi dan Komunikasi Publik/ })).toBeChecked();
  // Enter in the filter does not send the disposisi.
  await saring.press('Enter');
  await saring.fill('');
  await expect(daftar.getByRole('checkbox')).toHaveCount(semua);
  await kepala.getByRole('checkbox', { name: 'Koordinasikan' }).check();
  await kepala.getByLabel('Simpan pilihan ini sebagai preset').fill(presetName);
  await kepala.getByRole('button', { name: 'Simpan preset' }).tap();
  await expect(kepala.getByText(`Preset "${presetName}" tersimpan.`)).toBeVisible();
  // Server actions run one after another: had Enter in the filter sent the disposisi, it is done by now.
  await expect(kepala.getByTestId('disposisi-terkirim')).toHaveCount(0);
  await expect(kepala.getByTestId('disposisi-item')).toHaveCount(0);

  await kepala.goto('/surat-masuk');
  await kepala.getByRole('link', { name: second }).click();
  // Two taps: the preset, then send.
  await kepala.getByRole('group', { name: 'Preset disposisi' }).getByRole('button', { name: presetName }).tap();
  await kepala.getByRole('button', { name: /Kirim disposisi/ }).tap();
  const item = kepala.getByRole('list', { name: 'Riwayat disposisi' }).getByTestId('disposisi-item');
  await expect(item).toHaveCount(1);
  await expect(item).toContainText('Koordinasikan');
  await expect(item).toContainText('Informasi dan Komunikasi Publik');
  // Not read yet, so the giver can still take it back: the form rides inside the timeline's item.
  // The first tap asks (nothing happens on "Batal"); "Ya, tarik" withdraws.
  await item.getByRole('button', { name: 'Tarik disposisi' }).tap();
  await item.getByRole('button', { name: 'Batal' }).tap();
  await expect(item).not.toContainText('ditarik');
  await item.getByRole('button', { name: 'Tarik disposisi' }).tap();
  await expect(item.getByRole('group', { name: /Tarik disposisi ini\?/ })).toBeVisible();
  await item.getByRole('button', { name: 'Ya, tarik' }).tap();
  await expect(item).toContainText('ditarik');
  await expect(item.getByRole('button', { name: 'Tarik disposisi' })).toHaveCount(0);

  // Tidy up so repeated runs stay under the per-post limit.
  await kepala.getByText('Kelola preset').tap();
  await kepala.getByRole('list', { name: 'Preset tersimpan' }).getByRole('listitem').filter({ hasText: presetName }).getByRole('button', { name: 'Hapus' }).tap();
  await expect(kepala.getByRole('button', { name: presetName })).toHaveCount(0);
});
