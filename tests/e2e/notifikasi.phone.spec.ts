import { expect, test, type Browser } from './support/test';
import type { DemoAccountKey } from '../../prisma/seed/demo-accounts';
import { withE2eDatabase } from './support/e2e-database';
import { seedSuratMasukKepala } from './support/surat-masuk-seed';
import { E2E_WA_TOKEN, emailTerkirim, whatsappTerkirim } from './support/notifikasi-kanal';
import { accountOf, storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// A Kepala Dinas disposes a letter on a phone; the Kabid's bell, e-mail (read from the real SMTP
// server the e2e launcher runs) and WhatsApp (its fake gateway, recording requests) each receive it,
// sent by the server's own job runner (tests/e2e/support/notifikasi-kanal.ts).

async function as(browser: Browser, key: DemoAccountKey) {
  const context = await browser.newContext({ storageState: storageStateOf(key), viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  return context.newPage();
}


test('a disposisi given on a phone reaches the Kabid in the bell, by e-mail and on WhatsApp', async ({ browser }, testInfo) => {
  const perihal = `Permintaan data SPBE ${Date.now()}`;
  const nomor = `62812${String(Date.now()).slice(-7)}`;

  // The Kabid gives a WhatsApp number on the settings page (phone width).
  const kabid = await as(browser, 'kabid');
  await kabid.goto('/notifikasi/pengaturan');
  await kabid.getByLabel('Nomor WhatsApp').fill(`0${nomor.slice(2, 5)} ${nomor.slice(5, 9)} ${nomor.slice(9)}`);
  await expect(kabid.getByRole('group', { name: 'Disposisi masuk untuk Anda' }).getByRole('checkbox', { name: 'WhatsApp' })).toBeChecked();
  await kabid.getByRole('button', { name: 'Simpan pengaturan' }).tap();
  await expect(kabid.getByRole('status')).toContainText('Pengaturan notifikasi disimpan.');
  expect(await kabid.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  // From the top, so the sticky header sits where a person sees it in the full-page shot.
  await kabid.evaluate(() => window.scrollTo(0, 0));
  await shotForPeople(kabid, { path: testInfo.outputPath('1-kabid-pengaturan.png'), fullPage: true });

  const naskahId = await withE2eDatabase((prisma) => seedSuratMasukKepala(prisma, { perihal, pengirimNama: 'Kementerian Dalam Negeri', derajatKecepatan: 'SEGERA' }));
  const kepala = await as(browser, 'kepala');
  await kepala.goto(`/surat-masuk/${naskahId}`);
  await kepala.getByRole('group', { name: 'Penerima cepat' }).getByRole('button', { name: /Kabid Aptika/ }).tap();
  await kepala.getByRole('button', { name: /Kirim disposisi/ }).tap();
  await expect(kepala.getByRole('list', { name: 'Riwayat disposisi' }).getByTestId('disposisi-penerima')).toContainText(['Belum dibaca']);

  // The bell: its count and the list agree, and the notification links to the letter.
  await kabid.goto('/');
  const bell = kabid.getByRole('link', { name: /^Notifikasi, \d+ belum dibaca$/ });
  const unread = Number(/(\d+) belum dibaca/.exec((await bell.getAttribute('aria-label'))!)![1]);
  await bell.tap();
  await expect(kabid.getByRole('list', { name: 'Daftar notifikasi' }).getByText('Belum dibaca:')).toHaveCount(unread);
  const item = kabid.getByRole('listitem').filter({ hasText: perihal });
  await expect(item).toContainText('Disposisi baru');
  await shotForPeople(kabid, { path: testInfo.outputPath('2-kabid-lonceng.png'), fullPage: true });
  await item.getByRole('link', { name: 'Buka' }).tap();
  await expect(kabid).toHaveURL(new RegExp(`/surat-masuk/${naskahId}$`));
  await expect(kabid.getByRole('heading', { name: perihal })).toBeVisible();
  // Opening it read it: the list no longer marks it (nor does the bell count it; other specs may
  // notify the Kabid meanwhile, so the count itself is not compared).
  await kabid.goto('/notifikasi');
  await expect(kabid.getByRole('listitem').filter({ hasText: perihal }).getByText('Belum dibaca:')).toHaveCount(0);

  // E-mail and WhatsApp leave from the job runner within seconds.
  const kabidMails = () => emailTerkirim().filter((m) => m.to === accountOf('kabid').email && m.raw.includes(perihal));
  await expect.poll(() => kabidMails().length, { timeout: 45_000 }).toBe(1);
  const [mail] = kabidMails();
  expect(mail!.subject).toBe('Disposisi baru');
  expect(mail!.raw).toContain(`/surat-masuk/${naskahId}`);
  const kabidWhatsapp = () => whatsappTerkirim().filter((w) => w.body.to === nomor && w.body.message.includes(perihal));
  await expect.poll(() => kabidWhatsapp().length, { timeout: 45_000 }).toBe(1);
  expect(kabidWhatsapp()[0]!.auth).toBe(`Bearer ${E2E_WA_TOKEN}`);
});
