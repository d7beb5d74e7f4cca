// The TU clerk registers an incoming letter for the Kepala Dinas through the app's own form (a
// scan, nomor, date, sender, perihal), so a spec has a letter in the pimpinan's inbox to open.
import { expect, type Browser } from '@playwright/test';
import { tinyPdf } from '../../support/fixtures';
import { storageStateOf } from './roles';

export async function registerSuratMasuk(
  browser: Browser,
  perihal: string,
  { nomor = `L-${Date.now() % 1000000}`, kecepatan }: { nomor?: string; kecepatan?: 'SEGERA' | 'SANGAT_SEGERA' } = {},
): Promise<void> {
  const context = await browser.newContext({ storageState: storageStateOf('pencatat') });
  const page = await context.newPage();
  await page.goto('/pencatatan/baru');
  await page.getByLabel('Pindaian surat').setInputFiles({ name: 'surat.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await tinyPdf(perihal)) });
  await page.getByLabel('Nomor surat').fill(nomor);
  await page.getByLabel('Tanggal surat').fill('2026-11-25');
  await page.getByLabel('Pengirim', { exact: true }).fill('Dinas Perhubungan');
  await page.getByLabel('Perihal').fill(perihal);
  if (kecepatan) await page.getByLabel('Kecepatan').selectOption(kecepatan);
  await page.getByRole('button', { name: 'Catat dan teruskan' }).click();
  // The scan is checked in the untrusted-file pool: slow on a loaded machine.
  await expect(page.getByRole('status')).toContainText('Surat tercatat dengan nomor agenda', { timeout: 60_000 });
  // With the app reading a replica (E2E_REPLICA=1), the action left the time of its write: the
  // clerk's next pages read only a replica that already holds the letter (lib/db/read-freshness.ts).
  if (process.env.E2E_REPLICA === '1') expect((await context.cookies()).map((c) => c.name)).toContain('eoffice-tulis');
  else expect((await context.cookies()).map((c) => c.name)).not.toContain('eoffice-tulis');
  await context.close();
}
