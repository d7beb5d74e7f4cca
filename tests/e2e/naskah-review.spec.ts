import { tanggalSetelah } from '../../lib/domain/disposisi/batas-waktu';
import { expect, test, type Browser, type Page } from './support/test';
import { mkdirSync, writeFileSync } from 'node:fs';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';
import { openOnceShown } from './support/open-once-shown';
import { signIn, storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// The drafting golden path, at desktop size and (same spec, phone project) at 390x844: a staf
// drafts a Surat Undangan and submits it; the Kasi returns it with a note; the staf revises and
// resubmits; the Kasi and the Kabid paraf it; it arrives in the Kepala Dinas' Perlu Tanda Tangan.

// Kasi E-Gov (the staf's direct superior); not a fixed demo account, so signed in by e-mail.
const KASI_EMAIL = 'putu.ayu.lestari@nusaindahprov.go.id';
const SHOTS = '/tmp/drafting-shots';

async function pageOf(browser: Browser, key: DemoAccountKey | 'kasi', phone: boolean): Promise<Page> {
  const viewport = phone ? { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true } : { viewport: { width: 1280, height: 800 } };
  const context = await browser.newContext(key === 'kasi' ? viewport : { ...viewport, storageState: storageStateOf(key) });
  const page = await context.newPage();
  if (key === 'kasi') {
    await signIn(page, KASI_EMAIL);
    await expect(page.getByRole('heading', { name: /Selamat datang/ })).toBeVisible();
  }
  return page;
}

test('draft, return with a note, revise, two paraf, waiting for the Kepala Dinas', async ({ browser }, testInfo) => {
  test.setTimeout(180_000);
  const phone = testInfo.project.name === 'phone';
  const shot = (page: Page, name: string) => {
    mkdirSync(SHOTS, { recursive: true });
    return shotForPeople(page, { path: `${SHOTS}/${testInfo.project.name}-${name}.png`, fullPage: true });
  };
  const perihal = `Undangan Rapat Koordinasi SPBE ${Date.now()}`;

  // The staf drafts.
  const staf = await pageOf(browser, 'staf', phone);
  await staf.goto('/konsep');
  await staf.getByRole('link', { name: 'Buat naskah' }).click();
  await staf.getByRole('button', { name: 'Surat Undangan' }).click();
  await expect(staf).toHaveURL(/\/konsep\/[0-9a-f-]{36}$/);
  const naskahUrl = staf.url();

  await staf.getByLabel('Hal', { exact: true }).fill(perihal);
  await staf.getByRole('textbox', { name: 'Pembuka' }).fill('Dengan hormat, kami mengundang Bapak/Ibu untuk hadir pada rapat koordinasi.');
  await staf.getByLabel('Hari/tanggal acara').fill(tanggalSetelah(7, new Date()));
  await staf.getByLabel('Waktu', { exact: true }).fill('09.00 WIB s.d. selesai');
  await staf.getByLabel('Tempat', { exact: true }).fill('Ruang Rapat Lantai 2');
  await staf.getByLabel('Acara', { exact: true }).fill('Rapat koordinasi SPBE');
  await staf.getByRole('textbox', { name: 'Penutup' }).fill('Atas perhatian Bapak/Ibu, kami ucapkan terima kasih.');
  const kadis = await staf.locator('#penandatangan option', { hasText: 'Kepala Dinas Komunikasi dan Informatika' }).getAttribute('value');
  await staf.getByLabel('Penandatangan').selectOption(kadis!);
  // Asked for before it goes up the chain (submitForReview), as signing needs it.
  await staf.getByLabel('Klasifikasi arsip').selectOption({ index: 1 });
  await expect(staf.getByTestId('signature-line')).toContainText('KEPALA DINAS KOMUNIKASI DAN INFORMATIKA');
  await staf.getByLabel('Cari jabatan tujuan').fill('Kepala Bidang Informasi');
  await staf.getByRole('button', { name: /Kepala Bidang Informasi dan Komunikasi Publik/ }).click();
  await expect(staf.getByRole('list', { name: 'Daftar tujuan' })).toContainText('Kepala Bidang Informasi');
  const chain = staf.getByRole('list', { name: 'Alur verifikasi', exact: true });
  await expect(chain.getByRole('listitem')).toHaveCount(2);
  await expect(chain.getByRole('listitem').first()).toContainText('E-Government');
  await expect(staf.getByTestId('autosave-status')).toContainText(/Tersimpan \d{2}\.\d{2}/);
  await shot(staf, '1-editor');
  // The live preview is the naskah PDF as it stands.
  const preview = await staf.request.get(`${naskahUrl}/pratinjau`);
  expect(preview.headers()['content-type']).toBe('application/pdf');
  const previewPdf = await preview.body();
  expect(previewPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  writeFileSync(`${SHOTS}/${testInfo.project.name}-pratinjau.pdf`, previewPdf);
  await staf.getByRole('button', { name: 'Ajukan' }).click();
  await expect(staf.getByText('Dalam verifikasi').first()).toBeVisible();

  // The Kasi returns it with a note.
  const kasi = await pageOf(browser, 'kasi', phone);
  await openOnceShown(kasi, '/perlu-verifikasi', kasi.getByRole('link', { name: perihal }));
  await shot(kasi, '2-perlu-verifikasi');
  await kasi.getByRole('link', { name: perihal }).click();
  await expect(kasi.getByRole('heading', { name: perihal })).toBeVisible();
  await shot(kasi, '3-review');
  await kasi.getByRole('button', { name: 'Kembalikan', exact: true }).click();
  await kasi.getByLabel('Catatan perbaikan untuk pengonsep').fill('Acara mohon dilengkapi: tahap II.');
  await kasi.getByRole('button', { name: 'Kembalikan ke pengonsep' }).click();
  await expect(kasi).toHaveURL(/\/perlu-verifikasi\?dikembalikan=1$/);
  await expect(kasi.getByRole('status')).toHaveText('Naskah dikembalikan kepada pengonsep.');
  await expect(kasi.getByRole('link', { name: perihal })).toHaveCount(0);

  // The staf sees the note, revises and resubmits.
  await staf.goto(naskahUrl);
  await expect(staf.getByTestId('catatan-pengembalian')).toHaveText('Acara mohon dilengkapi: tahap II.');
  await staf.getByLabel('Acara', { exact: true }).fill('Rapat koordinasi SPBE tahap II');
  // The chain of the returned round is offered again.
  await expect(chain.getByRole('listitem')).toHaveCount(2);
  await expect(staf.getByTestId('autosave-status')).toContainText(/Tersimpan \d{2}\.\d{2}/);
  await staf.getByRole('button', { name: 'Ajukan' }).click();
  await expect(staf.getByText('Dalam verifikasi').first()).toBeVisible();

  // Kasi and Kabid paraf.
  await openOnceShown(kasi, '/perlu-verifikasi', kasi.getByRole('link', { name: perihal }));
  await kasi.getByRole('link', { name: perihal }).click();
  await kasi.getByRole('button', { name: 'Paraf', exact: true }).click();
  await expect(kasi).toHaveURL(/\/perlu-verifikasi\?paraf=1$/);

  const kabid = await pageOf(browser, 'kabid', phone);
  await openOnceShown(kabid, '/perlu-verifikasi', kabid.getByRole('link', { name: perihal }));
  await kabid.getByRole('link', { name: perihal }).click();
  await expect(kabid.getByText('Paraf Anda yang terakhir sebelum tanda tangan')).toBeVisible();
  await shot(kabid, '4-review-kabid');
  await kabid.getByRole('button', { name: 'Paraf', exact: true }).click();
  await expect(kabid).toHaveURL(/\/perlu-verifikasi\?paraf=1$/);

  // It waits for the Kepala Dinas.
  const kepala = await pageOf(browser, 'kepala', phone);
  await openOnceShown(kepala, '/tanda-tangan', kepala.getByRole('link', { name: perihal }));
  await shot(kepala, '5-perlu-tanda-tangan');

  // The staf's Konsep list shows where it is; the history has the versions to compare.
  await openOnceShown(staf, '/konsep', staf.getByRole('listitem').filter({ hasText: perihal }).getByText('Menunggu tanda tangan'));
  await shot(staf, '6-konsep-list');
  await staf.goto(naskahUrl);
  await staf.getByRole('button', { name: 'Bandingkan' }).click();
  await expect(staf.getByTestId('version-diff')).toContainText('tahap');
  await shot(staf, '7-compare');
});
