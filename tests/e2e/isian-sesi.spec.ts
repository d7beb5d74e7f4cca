import { randomUUID } from 'node:crypto';
import { DEMO_PASSWORD } from '../../prisma/seed/demo-accounts';
import { tinyPdf } from '../support/fixtures';
import { withE2eDatabase } from './support/e2e-database';
import { FRESH_PASSWORD, freshAccount, nomorUrut } from './support/fresh-account';
import { seedNaskahMenungguParaf } from './support/naskah-seed';
import { registerSuratMasuk } from './support/register-surat';
import { accountOf, signIn } from './support/roles';
import { shotForPeople } from './support/shot-for-people';
import { expect, test, type Browser, type Page, type TestInfo } from './support/test';

// A session that ends while someone types (8 hours without a request, or ended by an admin) sends
// them to sign in and back to the page; what they typed is put back in the form, for them only.
// Each test signs in with a browser of its own (its own session row, told apart by its user agent),
// so the role sessions the other specs share are never ended here.

const BERAKHIR = /Sesi Anda sempat berakhir, jadi isian ini belum terkirim/;

/** A browser of the test's own at the project's size; its user agent names its session row. */
async function ownBrowser(browser: Browser, testInfo: TestInfo) {
  const userAgent = `e2e-isian-${randomUUID()}`;
  const viewport = testInfo.project.name === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 800 };
  const context = await browser.newContext({ userAgent, viewport });
  return { context, page: await context.newPage(), userAgent };
}

async function signInAgain(page: Page, nip: string) {
  await page.getByLabel('NIP atau e-mail').fill(nip);
  await page.getByLabel('Kata sandi').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

test('a disposisi typed after the session was ended is back after signing in, and is sent', async ({ browser }, testInfo) => {
  const perihal = `Uji isian sesi berakhir ${Date.now()}`;
  await registerSuratMasuk(browser, perihal);
  const { context, page, userAgent } = await ownBrowser(browser, testInfo);
  await signIn(page, accountOf('kepala').nip);
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/surat-masuk');
  await page.getByRole('link', { name: perihal }).click();
  await expect(page.getByRole('heading', { name: perihal })).toBeVisible();
  const letterPath = new URL(page.url()).pathname;

  const catatan = 'Mohon dikoordinasikan dengan Bidang Aptika sebelum rapat Senin; siapkan bahan paparan.';
  await page.getByRole('group', { name: 'Penerima cepat' }).getByRole('button', { name: /Kabid Aptika/ }).click();
  await page.getByText('Lainnya: penerima lain').click();
  await page.getByLabel('Catatan').fill(catatan);
  await page.getByLabel('Kecepatan').selectOption('SEGERA');

  // The admin ends this browser's session (as the Sesi page does) while the pejabat types.
  await withE2eDatabase((prisma) => prisma.sesi.updateMany({ where: { userAgent }, data: { berakhirPada: new Date() } }));
  await page.getByRole('button', { name: /Kirim disposisi/ }).click();
  await expect(page).toHaveURL(`/masuk?kembali=${encodeURIComponent(letterPath)}`);

  await signInAgain(page, accountOf('kepala').nip);
  await expect(page).toHaveURL(letterPath);
  await expect(page.getByText(BERAKHIR)).toBeVisible();
  await expect(page.getByRole('group', { name: 'Penerima cepat' }).getByRole('button', { name: /Kabid Aptika/ })).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByLabel('Catatan')).toHaveValue(catatan);
  await expect(page.getByLabel('Catatan')).toBeVisible();
  await expect(page.getByLabel('Kecepatan')).toHaveValue('SEGERA');
  await shotForPeople(page, { path: testInfo.outputPath('disposisi-dipulihkan.png'), fullPage: true });

  await page.getByRole('button', { name: /Kirim disposisi \(1\)/ }).click();
  await expect(page.getByTestId('disposisi-terkirim')).toContainText('Disposisi terkirim');
  const sent = await withE2eDatabase((prisma) =>
    prisma.disposisi.findMany({ where: { naskah: { perihal } }, select: { catatan: true, derajatKecepatan: true, penerima: { select: { jabatan: { select: { namaSingkat: true } } } } } }),
  );
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatchObject({ catatan, derajatKecepatan: 'SEGERA' });
  expect(sent[0]!.penerima.map((p) => p.jabatan.namaSingkat)).toEqual([expect.stringMatching(/Kabid Aptika/)]);

  // Taken once: opening the letter again shows an empty form and no notice.
  await page.reload();
  await expect(page.getByText(BERAKHIR)).toHaveCount(0);
  await context.close();
});

test('a registration whose session cookie has gone comes back without the scan, and another person never sees it', async ({ browser }, testInfo) => {
  const { context, page } = await ownBrowser(browser, testInfo);
  const pencatat = accountOf('pencatat').nip;
  await signIn(page, pencatat);
  await expect(page).toHaveURL(/\/$/);

  const fill = async (perihal: string) => {
    await page.goto('/pencatatan/baru');
    await page.getByLabel('Pindaian surat').setInputFiles({ name: 'surat.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf(perihal)) });
    await page.getByLabel('Nomor surat').fill(`I-${Date.now() % 1000000}`);
    await page.getByLabel('Tanggal surat').fill('2026-11-27');
    await page.getByLabel('Pengirim', { exact: true }).fill('Badan Pusat Statistik');
    await page.getByLabel('Perihal').fill(perihal);
  };
  const perihal = `Uji pencatatan sesi berakhir ${Date.now()}`;
  await fill(perihal);
  const nomor = await page.getByLabel('Nomor surat').inputValue();

  // The cookie expired in the browser (8 hours without a request): the action is sent without one.
  await context.clearCookies();
  await page.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(page).toHaveURL('/masuk?kembali=%2Fpencatatan%2Fbaru');
  await signInAgain(page, pencatat);
  await expect(page).toHaveURL('/pencatatan/baru');
  await expect(page.getByText(BERAKHIR)).toContainText('Berkas yang tadi dipilih perlu dipilih lagi.');
  await expect(page.getByLabel('Nomor surat')).toHaveValue(nomor);
  await expect(page.getByLabel('Tanggal surat')).toHaveValue('2026-11-27');
  // The day in words under the field comes back with its value, untouched.
  await expect(page.getByText('Jumat, 27 November 2026')).toBeVisible();
  await expect(page.getByLabel('Pengirim', { exact: true })).toHaveValue('Badan Pusat Statistik');
  await expect(page.getByLabel('Perihal')).toHaveValue(perihal);
  await shotForPeople(page, { path: testInfo.outputPath('pencatatan-dipulihkan.png'), fullPage: true });
  await page.getByLabel('Pindaian surat').setInputFiles({ name: 'surat.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf(perihal)) });
  await page.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(page.getByRole('status')).toContainText('Surat tercatat dengan nomor agenda', { timeout: 60_000 });
  expect(await withE2eDatabase((prisma) => prisma.naskah.count({ where: { perihal } }))).toBe(1);

  // Another clerk signs in at the same browser after the session ended: the form stays empty, and
  // what the first one typed is gone from the tab.
  const other = `Uji pencatatan orang lain ${Date.now()}`;
  await fill(other);
  await context.clearCookies();
  await page.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(page).toHaveURL('/masuk?kembali=%2Fpencatatan%2Fbaru');
  const colleague = await freshAccount('pencatat');
  await page.getByLabel('NIP atau e-mail').fill(colleague.nip);
  await page.getByLabel('Kata sandi').fill(FRESH_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL('/pencatatan/baru');
  await expect(page.getByLabel('Nomor surat')).toBeVisible();
  await expect(page.getByText(BERAKHIR)).toHaveCount(0);
  await expect(page.getByLabel('Perihal')).toHaveValue('');
  expect(await page.evaluate(() => Object.keys(sessionStorage).filter((k) => k.startsWith('eoffice:isian:')))).toEqual([]);
  expect(await withE2eDatabase((prisma) => prisma.naskah.count({ where: { perihal: other } }))).toBe(0);
  await context.close();
});

test('the konsep editor whose session cookie has gone goes to sign in at its next autosave and comes back with what that autosave carried, saved', async ({ browser }, testInfo) => {
  // Before, it answered "Tidak dapat menyimpan. Periksa koneksi" on every autosave while nothing was
  // saved, and a reload then lost everything typed since the cookie went.
  const { context, page } = await ownBrowser(browser, testInfo);
  const account = await freshAccount('staf');
  await page.goto('/masuk');
  await page.getByLabel('NIP atau e-mail').fill(account.nip);
  await page.getByLabel('Kata sandi').fill(FRESH_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(/\/$/);
  await page.goto('/konsep');
  await page.getByRole('link', { name: 'Buat naskah' }).click();
  await page.getByRole('button', { name: 'Surat Undangan' }).click();
  await expect(page).toHaveURL(/\/konsep\/[0-9a-f-]{36}$/);
  const konsepPath = new URL(page.url()).pathname;
  const perihal = `Undangan uji sesi berakhir ${Date.now()}`;
  await page.getByLabel('Hal', { exact: true }).fill(perihal);
  await expect(page.getByTestId('autosave-status')).toContainText(/Tersimpan \d{2}\.\d{2}/);

  await context.clearCookies();
  // A lampiran chosen now is not uploaded, and the editor says why (it said "Periksa koneksi").
  await page.getByLabel('Unggah lampiran (PDF, maks. 10 MB)').setInputFiles({ name: 'bahan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf('Bahan paparan')) });
  await expect(page.getByText('Sesi Anda telah berakhir, lampiran belum terunggah. Masuk lagi, lalu unggah ulang lampiran.')).toBeVisible();
  await page.getByLabel('Tempat', { exact: true }).fill('Ruang Rapat Lantai 2');
  await expect(page).toHaveURL(`/masuk?kembali=${encodeURIComponent(konsepPath)}`);
  await page.getByLabel('NIP atau e-mail').fill(account.nip);
  await page.getByLabel('Kata sandi').fill(FRESH_PASSWORD);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(konsepPath);
  await expect(page.getByText(/Sesi Anda sempat berakhir sebelum perubahan terakhir tersimpan/)).toBeVisible();
  await expect(page.getByLabel('Hal', { exact: true })).toHaveValue(perihal);
  await expect(page.getByLabel('Tempat', { exact: true })).toHaveValue('Ruang Rapat Lantai 2');
  await expect(page.getByTestId('autosave-status')).toContainText(/Tersimpan \d{2}\.\d{2}/);
  await shotForPeople(page, { path: testInfo.outputPath('konsep-dipulihkan.png'), fullPage: true });
  // Saved on the server: a reload shows it, without the notice.
  await page.reload();
  await expect(page.getByLabel('Tempat', { exact: true })).toHaveValue('Ruang Rapat Lantai 2');
  await expect(page.getByText(/Sesi Anda sempat berakhir/)).toHaveCount(0);
  await context.close();
});

test('a return-with-catatan typed by the verifikator whose session was ended opens again with the catatan, and is sent', async ({ browser }, testInfo) => {
  const perihal = `Uji kembalikan sesi berakhir ${Date.now()}`;
  const naskahId = await seedNaskahMenungguParaf(perihal);
  const { context, page, userAgent } = await ownBrowser(browser, testInfo);
  await signIn(page, accountOf('kabid').nip);
  await expect(page).toHaveURL(/\/$/);
  await page.goto(`/perlu-verifikasi/${naskahId}`);
  await expect(page.getByRole('heading', { name: perihal })).toBeVisible();
  await page.getByRole('button', { name: 'Kembalikan', exact: true }).click();
  const catatan = 'Lengkapi dasar hukum pada paragraf pertama dan perbaiki tanggal acara.';
  await page.getByLabel('Catatan perbaikan untuk pengonsep').fill(catatan);

  await withE2eDatabase((prisma) => prisma.sesi.updateMany({ where: { userAgent }, data: { berakhirPada: new Date() } }));
  await page.getByRole('button', { name: 'Kembalikan ke pengonsep' }).click();
  await expect(page).toHaveURL(`/masuk?kembali=${encodeURIComponent(`/perlu-verifikasi/${naskahId}`)}`);
  await signInAgain(page, accountOf('kabid').nip);
  await expect(page).toHaveURL(`/perlu-verifikasi/${naskahId}`);
  await expect(page.getByLabel('Catatan perbaikan untuk pengonsep')).toHaveValue(catatan);
  await expect(page.getByText(BERAKHIR)).toBeVisible();
  await page.getByRole('button', { name: 'Kembalikan ke pengonsep' }).click();
  await expect.poll(() => withE2eDatabase((prisma) => prisma.naskah.findUniqueOrThrow({ where: { id: naskahId }, select: { status: true } }))).toEqual({ status: 'DIKEMBALIKAN' });
  await context.close();
});

test('an assignment whose session was ended comes back with its jabatan and pegawai picked by search, and is saved', async ({ browser }, testInfo) => {
  // A post and a person of their own in the admin's OPD, so the assignment touches nobody else's work.
  const stamp = `${Date.now() % 1e7}`;
  const namaJabatan = `Analis Uji Sesi ${stamp}`;
  const namaPegawai = `Pegawai Uji Sesi ${stamp}`;
  const { opdId } = await withE2eDatabase(async (prisma) => {
    const admin = await prisma.pegawai.findUniqueOrThrow({ where: { nip: accountOf('adminOpd').nip }, select: { instansiId: true, opdId: true, penugasan: { select: { jabatan: { select: { id: true, unitKerjaId: true } } } } } });
    const atasan = admin.penugasan[0]!.jabatan;
    await prisma.jabatan.create({ data: { opdId: admin.opdId, unitKerjaId: atasan.unitKerjaId, parentId: atasan.id, kode: `UJI-${stamp}`, nama: namaJabatan, namaSingkat: `Analis ${stamp}`, jenis: 'PELAKSANA', level: 4 } });
    const nip = `1990010120150${1 + (Number(stamp) % 2)}1${nomorUrut()}`;
    await prisma.pegawai.create({ data: { instansiId: admin.instansiId, opdId: admin.opdId, nama: namaPegawai, nip, nik: `3201${stamp.padStart(12, '0')}`, passwordHash: 'tidak-untuk-masuk' } });
    return { opdId: admin.opdId };
  });
  const { context, page, userAgent } = await ownBrowser(browser, testInfo);
  await signIn(page, accountOf('adminOpd').nip);
  // Signed in (away from the sign-in page) before the next address is opened, or it opens without the session.
  await expect(page).not.toHaveURL(/\/masuk/);
  const penugasanPath = `/admin/opd/${opdId}/penugasan`;
  await page.goto(penugasanPath);
  const assign = page.getByRole('form', { name: 'Tugaskan pegawai' });
  await assign.getByLabel('Jabatan', { exact: true }).fill(`Analis Uji Sesi ${stamp}`);
  await assign.getByRole('button', { name: new RegExp(`^${namaJabatan}\\s*Kosong$`) }).click();
  await assign.getByLabel('Pegawai', { exact: true }).fill(namaPegawai);
  await assign.getByRole('button', { name: new RegExp(`^${namaPegawai}\\s*NIP `) }).click();
  await assign.getByLabel(/^Nomor SK/).fill(`821/${stamp}/BKD`);

  await withE2eDatabase((prisma) => prisma.sesi.updateMany({ where: { userAgent }, data: { berakhirPada: new Date() } }));
  await assign.getByRole('button', { name: 'Simpan penugasan' }).click();
  await expect(page).toHaveURL(`/masuk?kembali=${encodeURIComponent(penugasanPath)}`);
  await signInAgain(page, accountOf('adminOpd').nip);
  await expect(page).toHaveURL(penugasanPath);
  await expect(page.getByText(BERAKHIR)).toBeVisible();
  // Both picks are back as they were shown, not only the typed fields.
  await expect(assign.getByTestId('jabatanId-dipilih')).toContainText(namaJabatan);
  await expect(assign.getByTestId('jabatanId-dipilih')).toContainText('Kosong');
  await expect(assign.getByTestId('pegawaiId-dipilih')).toContainText(namaPegawai);
  await expect(assign.getByLabel(/^Nomor SK/)).toHaveValue(`821/${stamp}/BKD`);
  await shotForPeople(page, { path: testInfo.outputPath('penugasan-dipulihkan.png'), fullPage: true });

  await assign.getByRole('button', { name: 'Simpan penugasan' }).click();
  await expect(assign.getByRole('status')).toContainText('Penugasan disimpan.');
  const saved = await withE2eDatabase((prisma) => prisma.penugasanJabatan.findMany({ where: { jabatan: { nama: namaJabatan } }, select: { jenis: true, nomorSk: true, pegawai: { select: { nama: true } } } }));
  expect(saved).toEqual([{ jenis: 'DEFINITIF', nomorSk: `821/${stamp}/BKD`, pegawai: { nama: namaPegawai } }]);
  await context.close();
});
