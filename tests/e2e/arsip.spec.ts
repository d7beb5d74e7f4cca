import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { expect, test, type Browser, type Page } from './support/test';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';
import { DEMO_PASSPHRASE } from '../../prisma/seed/steps/issue-demo-certificates';
import { withE2eDatabase } from './support/e2e-database';
import { seedNaskahMenungguTandaTangan } from './support/naskah-seed';
import { signIn, storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// The archive's golden path: a letter is signed and files itself into the unit's Daftar Arsip
// Aktif; its retention runs out; the admin OPD puts it on an usul musnah list whose berita acara
// goes through paraf (Kasi, Kabid) and the Kepala Dinas' signature; then the destruction is carried
// out and the record keeps its description while its file is gone.
const SHOTS = '/tmp/arsip-shots';
const KASI_EMAIL = 'putu.ayu.lestari@nusaindahprov.go.id';

async function pageOf(browser: Browser, key: DemoAccountKey | 'kasi'): Promise<Page> {
  const context = await browser.newContext(key === 'kasi' ? { viewport: { width: 1280, height: 800 } } : { viewport: { width: 1280, height: 800 }, storageState: storageStateOf(key) });
  const page = await context.newPage();
  if (key === 'kasi') {
    await signIn(page, KASI_EMAIL);
    await expect(page.getByRole('heading', { name: /Selamat datang/ })).toBeVisible();
  }
  return page;
}

const shot = (page: Page, name: string) => {
  mkdirSync(SHOTS, { recursive: true });
  return shotForPeople(page, { path: `${SHOTS}/${name}.png`, fullPage: true });
};

/** Years pass: the record's active and inactive periods are over and the JRA says musnah. */
async function retentionRunsOut(naskahId: string) {
  await withE2eDatabase((prisma) => prisma.arsip.update({ where: { naskahId }, data: { aktifSampai: new Date('2020-01-01T00:00:00Z'), inaktifSampai: new Date('2022-01-01T00:00:00Z'), keterangan: 'MUSNAH' } }));
}

async function sign(kepala: Page, naskahId: string) {
  await kepala.goto(`/tanda-tangan/${naskahId}`);
  await kepala.getByLabel('Passphrase sertifikat elektronik').fill(DEMO_PASSPHRASE);
  await kepala.getByRole('button', { name: 'Tandatangani' }).click();
  await expect(kepala.getByTestId('signed-result')).toBeVisible({ timeout: 60_000 });
}

async function paraf(page: Page, naskahId: string) {
  await page.goto(`/perlu-verifikasi`);
  await page.locator(`a[href*="${naskahId}"]`).first().click();
  await page.getByRole('button', { name: 'Paraf', exact: true }).click();
  await expect(page).toHaveURL(/\/perlu-verifikasi\?paraf=1$/);
}

// The archive walk is a desktop task (the phone project leaves @desktop out); its pages are checked at phone size in the screenshots below.
test('signed letter -> Daftar Arsip Aktif -> usul musnah -> signed berita acara -> destroyed', { tag: '@desktop' }, async ({ browser }) => {
  test.setTimeout(300_000);
  const perihal = `Laporan uji arsip ${Date.now()}`;
  const naskahId = await seedNaskahMenungguTandaTangan(perihal);
  const kepala = await pageOf(browser, 'kepala');
  await sign(kepala, naskahId);

  // The drafter's unit finds it in its Daftar Arsip Aktif, in the folder of its klasifikasi.
  const staf = await pageOf(browser, 'staf');
  await staf.goto('/arsip/daftar');
  await expect(staf.getByRole('link', { name: perihal })).toBeVisible();
  await expect(staf.getByRole('region', { name: /000\.1 Ketatausahaan dan Kerumahtanggaan/ }).first()).toBeVisible();
  await shot(staf, '1-daftar-arsip-aktif');
  await staf.getByRole('link', { name: perihal }).click();
  await expect(staf.getByRole('heading', { name: perihal })).toBeVisible();
  await expect(staf.getByText('Bukti tanda tangan berlaku s.d.')).toBeVisible();
  await shot(staf, '2-rekaman');

  await retentionRunsOut(naskahId);
  const admin = await pageOf(browser, 'adminOpd');
  await admin.goto('/arsip/penyusutan');
  const usul = admin.getByRole('region', { name: /Usul musnah/ });
  await expect(usul.getByText(perihal)).toBeVisible();
  // Only this letter goes on the list (earlier runs may have left others due).
  for (const box of await usul.getByRole('checkbox').all()) {
    if ((await box.getAttribute('aria-label')) !== `Pilih ${perihal}`) await box.uncheck();
  }
  await shot(admin, '3-penyusutan');
  await usul.getByRole('button', { name: /Susun Daftar Arsip Usul Musnah/ }).click();
  await expect(admin).toHaveURL(/\/arsip\/penyusutan\/[0-9a-f-]{36}$/);
  const listUrl = admin.url();
  await expect(admin.getByRole('table', { name: 'Daftar Arsip Usul Musnah' })).toContainText(perihal);

  // The berita acara is a konsep like any other: the drafter submits it up the paraf chain.
  await admin.getByRole('link', { name: /Buka konsep berita acara/ }).click();
  await expect(admin).toHaveURL(/\/konsep\/[0-9a-f-]{36}$/);
  const baId = admin.url().split('/').pop()!;
  await admin.getByRole('button', { name: 'Ajukan' }).click();
  await expect(admin.getByText('Dalam verifikasi').first()).toBeVisible();

  await paraf(await pageOf(browser, 'kasi'), baId);
  await paraf(await pageOf(browser, 'kabid'), baId);
  await sign(kepala, baId);

  await admin.goto(listUrl);
  await expect(admin.getByText(/Disetujui \(berita acara ditandatangani\)/)).toBeVisible();
  const pdf = await admin.request.get(`/tanda-tangan/${baId}/berkas?unduh`);
  expect(pdf.status()).toBe(200);
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(`${SHOTS}/berita-acara.pdf`, await pdf.body());
  execFileSync('pdftoppm', ['-png', '-r', '60', `${SHOTS}/berita-acara.pdf`, `${SHOTS}/berita-acara`]);

  await admin.getByRole('button', { name: 'Laksanakan pemusnahan arsip' }).click();
  // The page re-renders as carried out (the button is gone with its form).
  await expect(admin.getByText('Dilaksanakan', { exact: true })).toBeVisible();
  await expect(admin.getByRole('table', { name: 'Daftar Arsip Usul Musnah' })).toContainText(/Musnah\s*berkas dihapus/);
  await shot(admin, '4-dilaksanakan');

  // The record stays described; its file is gone.
  await admin.getByRole('link', { name: perihal }).click();
  await expect(admin.getByText(/dihapus dari penyimpanan/)).toBeVisible();
  await expect(admin.getByRole('link', { name: 'Unduh PDF' })).toHaveCount(0);
});

test('a pegawai without the admin role cannot open penyusutan', async ({ browser }) => {
  const staf = await pageOf(browser, 'staf');
  await staf.goto('/arsip/penyusutan');
  await expect(staf.getByText(/tidak berwenang/i)).toBeVisible();
  // The shared error table answers a refusal as "not found", so nothing reveals that the list exists.
  const paket = await staf.request.get('/arsip/penyusutan/00000000-0000-7000-8000-000000000000/paket');
  expect(paket.status()).toBe(404);
  expect(paket.headers()['content-type']).not.toContain('zip');
});

// At the project's size (desktop, and the phone at 390x844): the unit downloads its Daftar Arsip as a
// zip, the menu lights one entry on archive pages, and the pemda admin's full export runs on the job
// queue with its progress on the page until it can be downloaded.
test('office exports: Daftar Arsip zip, the menu on archive pages, the full export with progress', async ({ browser }) => {
  test.setTimeout(240_000);
  const { viewport, isMobile, hasTouch, deviceScaleFactor } = test.info().project.use;
  const size = test.info().project.name;
  const open = async (key: DemoAccountKey) => (await browser.newContext({ viewport, isMobile, hasTouch, deviceScaleFactor, storageState: storageStateOf(key) })).newPage();
  const perihal = `Laporan uji ekspor ${Date.now()}`;
  const naskahId = await seedNaskahMenungguTandaTangan(perihal);
  await sign(await open('kepala'), naskahId);

  const staf = await open('staf');
  await staf.goto('/arsip/daftar');
  const unduh = staf.getByRole('link', { name: /Unduh daftar ini/ });
  await expect(unduh).toBeVisible();
  await shot(staf, `5-daftar-${size}`);
  const zip = await staf.request.get((await unduh.getAttribute('href'))!);
  expect(zip.status()).toBe(200);
  expect(zip.headers()['content-type']).toBe('application/zip');
  mkdirSync(SHOTS, { recursive: true });
  writeFileSync(`${SHOTS}/daftar-${size}.zip`, await zip.body());
  const index = execFileSync('unzip', ['-p', `${SHOTS}/daftar-${size}.zip`, 'index.csv']).toString('utf8');
  expect(index).toContain('"no","nomor","tanggal","perihal"');
  expect(index).toContain(perihal);

  await staf.getByRole('link', { name: perihal }).click();
  await expect(staf.getByRole('heading', { name: perihal })).toBeVisible();
  await shot(staf, `6-rekaman-${size}`);
  if (!isMobile) {
    // The record page belongs to Arsip; the Daftar Arsip page to Daftar Arsip alone.
    await expect(staf.locator('a[aria-current="page"]', { hasText: /^Arsip$/ })).toHaveCount(1);
    await staf.goto('/arsip/daftar');
    await expect(staf.locator('a[aria-current="page"]')).toHaveText(['Daftar Arsip', 'Daftar Arsip Aktif']);
  }

  const admin = await open('admin');
  await admin.goto('/arsip/ekspor');
  await admin.getByRole('button', { name: 'Ekspor seluruh arsip' }).click();
  // The page refreshes itself while the job runs on the queue.
  // The newest export (earlier runs' finished ones are listed below it).
  const terbaru = admin.getByRole('region', { name: 'Riwayat ekspor' }).getByRole('listitem').first();
  const selesai = terbaru.getByRole('link', { name: /Unduh zip/ });
  await expect(selesai).toBeVisible({ timeout: 180_000 });
  await expect(terbaru.getByText('Selesai', { exact: true })).toBeVisible();
  await expect(terbaru.getByText(/dari [\d.]+ arsip \(100%\)/)).toBeVisible();
  await shot(admin, `7-ekspor-${size}`);
  const lengkap = await admin.request.get((await selesai.getAttribute('href'))!);
  expect(lengkap.status()).toBe(200);
  expect(lengkap.headers()['content-type']).toBe('application/zip');
  expect((await lengkap.body()).subarray(0, 2).toString()).toBe('PK');
});
