import { expect, test, type Browser, type Page } from './support/test';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';
import { tinyPdf } from '../support/fixtures';
import { withE2eDatabase } from './support/e2e-database';
import { signIn, storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// What people read: the konsep editor keeps an edited paraf chain, the header follows the hal,
// the read view writes a.n. once, names the OPD of another OPD's post and "Isi naskah" once,
// version compare shows recipients; an overdue disposisi reads the same in the list and the
// timeline; a post with no one below it gets no disposisi card; a Plt. hears of work in the other
// post. Desktop and 390x844 (both projects).

test.setTimeout(240_000);

// Kasi E-Gov, the staf's direct superior; not a fixed demo account, so signed in by e-mail.
const KASI_EMAIL = 'putu.ayu.lestari@nusaindahprov.go.id';

async function as(browser: Browser, key: DemoAccountKey, testInfo: { project: { name: string } }): Promise<Page> {
  const phone = testInfo.project.name === 'phone';
  const context = await browser.newContext({ storageState: storageStateOf(key), viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 }, isMobile: phone, hasTouch: phone });
  return context.newPage();
}

const shot = (page: Page, testInfo: { outputPath(name: string): string }, name: string) => shotForPeople(page, { path: testInfo.outputPath(`${name}.png`), fullPage: true });

async function registerLetter(browser: Browser, testInfo: { project: { name: string } }, perihal: string, tujuan?: string) {
  const tu = await as(browser, 'pencatat', testInfo);
  await tu.goto('/pencatatan/baru');
  await tu.getByLabel('Pindaian surat').setInputFiles({ name: 'surat.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf(perihal)) });
  await tu.getByLabel('Nomor surat').fill(`045/${Date.now() % 1e7}/RV`);
  await tu.getByLabel('Tanggal surat').fill('2026-11-25');
  await tu.getByLabel('Pengirim', { exact: true }).fill('Dinas Kesehatan Provinsi');
  await tu.getByLabel('Perihal').fill(perihal);
  if (tujuan) await tu.getByLabel('Teruskan kepada').selectOption({ label: tujuan });
  await tu.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(tu).toHaveURL(/\/pencatatan\?agenda=/);
  return tu;
}

test('konsep: the edited chain stays, the header follows the hal, the read view and compare say what the letter says', async ({ browser }, testInfo) => {
  const staf = await as(browser, 'staf', testInfo);
  const perihal = `Permintaan Data Aplikasi ${Date.now() % 1e8}`;
  await staf.goto('/konsep');
  await staf.getByRole('link', { name: 'Buat naskah' }).click();
  await staf.getByRole('button', { name: 'Nota Dinas' }).click();
  await expect(staf).toHaveURL(/\/konsep\/[0-9a-f-]{36}$/);
  const naskahUrl = staf.url();
  const status = staf.getByTestId('autosave-status');

  await expect(staf.getByRole('heading', { level: 1 })).toHaveText('(belum ada hal)');
  await staf.getByLabel('Hal', { exact: true }).fill(perihal);
  await expect(status).toContainText(/Tersimpan \d{2}\.\d{2}/);
  await expect(staf.getByRole('heading', { level: 1 })).toHaveText(perihal);

  await staf.getByRole('textbox', { name: 'Isi naskah' }).fill('Mohon disampaikan data aplikasi yang dikelola bidang masing-masing.');
  const kabid = await staf.locator('#penandatangan option', { hasText: 'Kepala Bidang Aplikasi Informatika' }).getAttribute('value');
  await staf.getByLabel('Penandatangan').selectOption(kabid!);
  // Asked for before it goes up the chain (submitForReview), as signing needs it.
  await staf.getByLabel('Klasifikasi arsip').selectOption({ index: 1 });
  await staf.getByLabel(/^Atas nama/).check();
  await staf.getByLabel('Cari jabatan tujuan').fill('Kepala Bidang Informasi');
  await staf.getByRole('button', { name: /Kepala Bidang Informasi dan Komunikasi Publik/ }).click();
  await expect(status).toContainText(/Tersimpan \d{2}\.\d{2}/);
  await staf.getByRole('button', { name: 'Simpan versi' }).click();
  const firstSaved = staf.getByRole('alert').filter({ hasText: /Versi \d+ tersimpan/ });
  await expect(firstSaved).toBeVisible();
  const firstVersi = Number((await firstSaved.textContent())!.match(/Versi (\d+)/)![1]);

  // The drafter's own OPD comes first; then a post of another OPD is chosen on purpose.
  await staf.getByLabel('Cari jabatan tembusan').fill('Sekretaris (');
  const matches = staf.getByRole('button', { name: /^Sekretaris \(/ });
  await expect(matches.first()).toHaveText('Sekretaris (DISKOMINFO)');
  await staf.getByRole('button', { name: 'Sekretaris (BAPPEDA)' }).click();

  // The default chain (the Kasi) is edited away: straight to the signer.
  const chain = staf.getByRole('list', { name: 'Alur verifikasi', exact: true });
  await expect(chain.getByRole('listitem')).toHaveCount(1);
  await chain.getByRole('button', { name: /^Hapus / }).click();
  await expect(staf.getByText('Tanpa verifikator: naskah langsung menunggu tanda tangan.')).toBeVisible();
  await expect(status).toContainText(/Tersimpan \d{2}\.\d{2}/);
  await staf.getByRole('button', { name: 'Simpan versi' }).click();
  // The alert of the first save says the same words: wait for the next number, or the page is left mid-save.
  await expect(staf.getByRole('alert').filter({ hasText: `Versi ${firstVersi + 1} tersimpan` })).toBeVisible();
  await shot(staf, testInfo, '1-editor');

  // Leave and come back: the chain is as it was left.
  await staf.goto('/konsep');
  await staf.goto(naskahUrl);
  await expect(staf.getByText('Tanpa verifikator: naskah langsung menunggu tanda tangan.')).toBeVisible();
  await expect(chain).toHaveCount(0);

  await staf.getByRole('button', { name: 'Bandingkan' }).click();
  const diff = staf.getByTestId('version-diff');
  await expect(diff).toContainText('Sekretaris Badan Perencanaan Pembangunan Daerah');
  await expect(diff).toContainText('[Tembusan]');
  await shot(staf, testInfo, '2-bandingkan');
  // The comparison's address without versions asks for them (it said "Akses ditolak" to the drafter).
  await staf.goto(`${naskahUrl}/versi`);
  await expect(staf.getByText('Pilih dua versi naskah untuk dibandingkan')).toBeVisible();
  await expect(staf.getByTestId('forbidden')).toHaveCount(0);

  await staf.goto(naskahUrl);
  await staf.getByRole('button', { name: 'Ajukan' }).click();
  const signer = staf.getByTestId('penandatangan');
  await expect(signer).toHaveText('a.n. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA / Kepala Bidang Aplikasi Informatika');
  await expect(staf.getByText('Sekretaris Badan Perencanaan Pembangunan Daerah')).toBeVisible();
  await expect(staf.getByText('Isi naskah', { exact: true })).toHaveCount(1);
  await shot(staf, testInfo, '3-baca');

  // Sent to the signer, not to the removed Kasi.
  const kepalaKabid = await as(browser, 'kabid', testInfo);
  await kepalaKabid.goto('/tanda-tangan');
  await expect(kepalaKabid.getByRole('link', { name: perihal })).toBeVisible();
});

test('an overdue disposisi reads the same in the overdue list and in the timeline', async ({ browser }, testInfo) => {
  const perihal = `Permohonan narasumber ${Date.now() % 1e8}`;
  await registerLetter(browser, testInfo, perihal);
  const kepala = await as(browser, 'kepala', testInfo);
  await kepala.goto('/surat-masuk');
  await kepala.getByRole('link', { name: perihal }).click();
  await expect(kepala).toHaveURL(/\/surat-masuk\/[0-9a-f-]{36}$/);
  const letterUrl = kepala.url();
  await kepala.getByRole('group', { name: 'Penerima cepat' }).getByRole('button').first().click();
  await kepala.getByText('Lainnya: penerima lain').click();
  await kepala.getByLabel('Tanggal batas lain').fill(new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10));
  await kepala.getByRole('button', { name: /Kirim disposisi/ }).click();
  await expect(kepala.getByTestId('disposisi-item')).toHaveCount(1);

  // Time passes: the deadline is now two days ago.
  const naskahId = letterUrl.split('/').pop()!;
  await withE2eDatabase((prisma) => prisma.penerimaDisposisi.updateMany({ where: { disposisi: { naskahId } }, data: { batasWaktu: new Date(Date.now() - 2 * 86_400_000) } }));

  // The Disposisi page shows the oldest few under its list; all of them are on their own page.
  await kepala.goto('/disposisi');
  const ringkas = kepala.getByRole('list', { name: 'Disposisi terlambat' }).getByRole('listitem');
  await expect(ringkas.first()).toBeVisible();
  // Other specs' overdue work may be on it too: the link to the rest shows exactly when there is more.
  const semuaTerlambat = await withE2eDatabase(async (prisma) => {
    const giver = await prisma.penerimaDisposisi.findFirstOrThrow({ where: { disposisi: { naskahId } }, select: { dariJabatanId: true } });
    return prisma.penerimaDisposisi.count({
      where: { dariJabatanId: giver.dariJabatanId, status: { in: ['BELUM_DIBACA', 'DIBACA', 'DITINDAKLANJUTI'] }, batasWaktu: { lt: new Date() }, disposisi: { ditarikAt: null } },
    });
  });
  await expect(ringkas).toHaveCount(Math.min(semuaTerlambat, 5));
  await expect(kepala.getByRole('link', { name: 'Lihat semua yang terlambat' })).toHaveCount(semuaTerlambat > 5 ? 1 : 0);
  await shot(kepala, testInfo, '4-terlambat-ringkas');
  await kepala.goto('/disposisi/terlambat');
  await expect(kepala.getByRole('heading', { name: 'Disposisi yang terlambat' })).toBeVisible();
  const row = kepala.getByRole('list', { name: 'Disposisi terlambat' }).getByRole('listitem').filter({ hasText: perihal });
  await expect(row).toContainText('Terlambat (belum dibaca)');
  await expect(row).not.toContainText('· Belum dibaca');
  await shot(kepala, testInfo, '4-terlambat');
  await kepala.goto(letterUrl);
  await expect(kepala.getByTestId('disposisi-penerima').first()).toContainText('Terlambat (belum dibaca)');
  await shot(kepala, testInfo, '5-timeline');
});

test('a post with no one below it gets no disposisi card', async ({ browser }, testInfo) => {
  const perihal = `Undangan pelatihan ${Date.now() % 1e8}`;
  await registerLetter(browser, testInfo, perihal, 'Kepala Seksi Tata Kelola dan Layanan E-Government');
  // The Kasi (not a fixed demo account) disposes it to the staf below.
  const kasi = await (await browser.newContext({ viewport: testInfo.project.name === 'phone' ? { width: 390, height: 844 } : { width: 1280, height: 800 } })).newPage();
  await signIn(kasi, KASI_EMAIL);
  await expect(kasi.getByRole('heading', { name: /Selamat datang/ })).toBeVisible();
  await kasi.goto('/surat-masuk');
  await kasi.getByRole('link', { name: perihal }).click();
  await kasi.getByText('Lainnya: penerima lain').click();
  await kasi.getByLabel(/Pranata Komputer Ahli Pertama/).check();
  await kasi.getByRole('button', { name: /Kirim disposisi/ }).click();
  await expect(kasi.getByTestId('disposisi-item')).toHaveCount(1);

  const staf = await as(browser, 'staf', testInfo);
  await staf.goto('/disposisi');
  await staf.getByRole('link', { name: perihal }).click();
  await expect(staf.getByRole('heading', { name: perihal })).toBeVisible();
  await expect(staf.getByRole('heading', { name: 'Riwayat disposisi' })).toBeVisible();
  await expect(staf.getByRole('heading', { name: 'Disposisi', exact: true })).toHaveCount(0);
  await expect(staf.getByRole('button', { name: 'Pilih penerima' })).toHaveCount(0);
  await shot(staf, testInfo, '6-staf-surat');
});

test('a Plt. acting in the definitive post is told of work waiting in the acting post', async ({ browser }, testInfo) => {
  const plt = await as(browser, 'plt', testInfo);
  await plt.goto('/');
  const switcher = plt.getByLabel('Bertindak sebagai');
  await switcher.selectOption({ label: 'Plt. Kepala Bidang Infrastruktur dan Kewilayahan' });
  const acting = (label: string) => plt.locator('p').filter({ hasText: `Bertindak sebagai ${label} ·` });
  await expect(acting('Plt. Kepala Bidang Infrastruktur dan Kewilayahan')).toBeVisible();
  // Work in the acting post: a konsep drafted there.
  await plt.goto('/konsep/baru');
  await plt.getByRole('button', { name: 'Nota Dinas' }).click();
  await expect(plt).toHaveURL(/\/konsep\/[0-9a-f-]{36}$/);

  await plt.goto('/');
  await plt.getByLabel('Bertindak sebagai').selectOption({ label: 'Sekretaris' });
  await expect(acting('Sekretaris')).toBeVisible();
  const hint = plt.getByRole('note', { name: 'Pekerjaan di Plt. Kepala Bidang Infrastruktur dan Kewilayahan' });
  await expect(hint).toContainText('menunggu di jabatan Plt. Kepala Bidang Infrastruktur dan Kewilayahan');
  await shot(plt, testInfo, '7-plt-beranda');
  await hint.getByRole('button', { name: 'Bertindak sebagai Plt. Kepala Bidang Infrastruktur dan Kewilayahan' }).click();
  await expect(acting('Plt. Kepala Bidang Infrastruktur dan Kewilayahan')).toBeVisible();
});
