import { expect, test, type Browser, type Page } from './support/test';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';
import { demoAccount } from '../../prisma/seed/demo-accounts';
import { KLASIFIKASI_DAFTAR_MAX } from '@/lib/domain/klasifikasi/pilihan';
import { tinyPdf } from '../support/fixtures';
import { withE2eDatabase } from './support/e2e-database';
import { storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// An instansi that imported a full Permendagri 83/2022 list has more kode klasifikasi than a select
// holds: the registration form and the konsep editor then take the kode typed, with suggestions as
// one types, and say which kode is unknown. The codes are retired again afterwards (a retired code
// is not listed), so the other specs see the demo's short list and its selects. Desktop and phone.

const JUMLAH = KLASIFIKASI_DAFTAR_MAX + 1;
const kodeUji = (i: number) => `990.${i}`;

async function aturKode(aktif: boolean) {
  await withE2eDatabase(async (prisma) => {
    const { instansiId } = await prisma.pegawai.findFirstOrThrow({ where: { nip: demoAccount('kepala').nip }, select: { instansiId: true } });
    const data = Array.from({ length: JUMLAH }, (_, i) => ({ instansiId, kode: kodeUji(i + 1), nama: `Uji Daftar Panjang ${i + 1}`, aktif }));
    await prisma.klasifikasiArsip.createMany({ data, skipDuplicates: true });
    await prisma.klasifikasiArsip.updateMany({ where: { instansiId, kode: { in: data.map((d) => d.kode) } }, data: { aktif } });
  });
}

test.beforeAll(() => aturKode(true));
test.afterAll(() => aturKode(false));

async function pageOf(browser: Browser, key: DemoAccountKey, phone: boolean) {
  const context = await browser.newContext({ storageState: storageStateOf(key), viewport: phone ? { width: 390, height: 844 } : { width: 1280, height: 800 } });
  return context.newPage();
}

/** A new Nota Dinas konsep opened in its editor. */
async function notaDinasBaru(staf: Page) {
  await staf.goto('/konsep');
  await staf.getByRole('link', { name: 'Buat naskah' }).click();
  await staf.getByRole('button', { name: 'Nota Dinas' }).click();
  await expect(staf).toHaveURL(/\/konsep\/[0-9a-f-]{36}$/);
}

test('registration: the kode is typed with suggestions; an unknown kode is named and kept, the right one files the letter', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const tu = await pageOf(browser, 'pencatat', testInfo.project.name === 'phone');
  const seq = Date.now() % 1e8;
  const perihal = `Permohonan data kependudukan ${seq}`;
  await tu.goto('/pencatatan/baru');
  const kode = tu.getByLabel('Klasifikasi arsip (kode)');
  await expect(kode).toHaveAttribute('type', 'text');
  // No code list on the page: neither the select nor the options.
  expect(await tu.locator('select[name="klasifikasiArsipId"]').count()).toBe(0);
  expect(await tu.locator('option', { hasText: 'Uji Daftar Panjang' }).count()).toBe(0);

  await tu.getByLabel('Pindaian surat').setInputFiles({ name: 'surat.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf('Permohonan')) });
  await tu.getByLabel('Nomor surat').fill(`470/${seq}/DUKCAPIL`);
  await tu.getByLabel('Tanggal surat').fill('2026-11-20');
  await tu.getByLabel('Pengirim', { exact: true }).fill('Dinas Kependudukan');
  await tu.getByLabel('Perihal').fill(perihal);
  // A word of the name offers its codes.
  const saran = tu.getByTestId('klasifikasi-arsip-pilihan');
  await kode.fill('uji daftar panjang 10');
  await expect(saran.locator('option')).toHaveText(['990.10 Uji Daftar Panjang 10', '990.100 Uji Daftar Panjang 100', '990.101 Uji Daftar Panjang 101']);

  await kode.fill('990.999');
  await tu.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(tu.locator('#klasifikasiArsipKode-error')).toHaveText('Kode klasifikasi arsip 990.999 tidak ada di instansi Anda. Pilih dari saran yang muncul saat mengetik.');
  await expect(kode).toHaveValue('990.999');
  await expect(tu.getByLabel('Perihal')).toHaveValue(perihal);
  await shotForPeople(tu, { path: testInfo.outputPath('registrasi-kode-tidak-ada.png'), fullPage: true });

  await kode.fill('990.29');
  await tu.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(tu).toHaveURL(/\/pencatatan\?agenda=/, { timeout: 60_000 });
  const tersimpan = await withE2eDatabase((prisma) => prisma.naskah.findFirstOrThrow({ where: { perihal }, select: { klasifikasiArsip: { select: { kode: true } } } }));
  expect(tersimpan.klasifikasiArsip?.kode).toBe('990.29');
  await tu.context().close();
});

test('konsep editor: the kode is typed, known once it is a suggestion, and kept by the autosave', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const staf = await pageOf(browser, 'staf', testInfo.project.name === 'phone');
  await notaDinasBaru(staf);
  const kode = staf.getByLabel('Klasifikasi arsip');
  await expect(kode).toHaveAttribute('type', 'text');
  expect(await staf.locator('option', { hasText: 'Uji Daftar Panjang' }).count()).toBe(0);
  const keterangan = staf.locator('#klasifikasi-konsep-keterangan');

  await kode.fill('990.9999');
  await expect(keterangan).toHaveText('Kode ini belum dikenal: pilih salah satu saran yang muncul saat mengetik.');
  await kode.fill('990.7');
  await expect(keterangan).toHaveText('990.7 Uji Daftar Panjang 7');
  await staf.getByLabel('Hal', { exact: true }).fill(`Nota dinas klasifikasi ${Date.now()}`);
  await expect(staf.getByTestId('autosave-status')).toContainText(/Tersimpan \d{2}\.\d{2}/);
  await shotForPeople(staf, { path: testInfo.outputPath('konsep-kode-diketik.png'), fullPage: true });

  await staf.reload();
  await expect(staf.getByLabel('Klasifikasi arsip')).toHaveValue('990.7');
  await expect(staf.locator('#klasifikasi-konsep-keterangan')).toHaveText('990.7 Uji Daftar Panjang 7');
  const naskahId = staf.url().split('/').pop()!;
  const row = await withE2eDatabase((prisma) => prisma.naskah.findUniqueOrThrow({ where: { id: naskahId }, select: { klasifikasiArsip: { select: { kode: true } } } }));
  expect(row.klasifikasiArsip?.kode).toBe('990.7');
  await staf.context().close();
});

test('konsep editor with its lookups down: the kode is not taken as known, and the tujuan field says the list could not load', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const staf = await pageOf(browser, 'staf', testInfo.project.name === 'phone');
  await notaDinasBaru(staf);
  // A poor network: both suggestion lookups fail from here on; the page itself is loaded.
  await staf.route(/\/(cari\/klasifikasi|konsep\/penerima)\?/, (route) => route.abort('internetdisconnected'));
  await staf.getByLabel('Klasifikasi arsip').fill('990.7');
  await expect(staf.locator('#klasifikasi-konsep-keterangan')).toHaveText('Kode ini belum dikenal: pilih salah satu saran yang muncul saat mengetik.');
  await staf.getByLabel('Cari jabatan tujuan').fill('Kepala Bidang');
  await expect(staf.getByText('Daftar jabatan tidak dapat dimuat. Periksa koneksi, lalu ketik lagi.')).toBeVisible();
  await shotForPeople(staf, { path: testInfo.outputPath('konsep-lookup-gagal.png'), fullPage: false });
  // Back online: typing again finds the post.
  await staf.unrouteAll();
  await staf.getByLabel('Cari jabatan tujuan').fill('Kepala Bidang Informasi');
  await staf.getByRole('button', { name: /Kepala Bidang Informasi dan Komunikasi Publik/ }).click();
  await expect(staf.getByRole('list', { name: 'Daftar tujuan' })).toContainText('Kepala Bidang Informasi');
  await staf.context().close();
});
