import { execFileSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test, type Browser } from './support/test';
import { PDFDocument } from 'pdf-lib';
import { randomBytes } from 'node:crypto';
import { storageStateOf } from './support/roles';
import { cookieOf, postUpload, storedFiles, uploadRowCounts } from './support/upload-probe';
import { UNKNOWN_ACTION_MESSAGE } from '../../lib/actions/known-actions';

// Oversized uploads: a hand-made 200 MB request to a server action is refused by proxy.ts with
// 413 and an Indonesian message, with or without Content-Length, leaving no row and no file; the
// form refuses a >20 MB file itself, and shows the proxy's refusal when its own check is bypassed.
// A legitimate 15 MB scan (above Next's old 10 MB proxy copy) registers whole.

const TOO_LARGE = 'Berkas terlalu besar: paling besar 20 MB.';
const MB = 1024 * 1024;
// An action id that exists nowhere: past the proxy, Next answers 409 "Server Action unavailable."
const ACTION = { 'next-action': '7f'.repeat(21) };

async function pencatatPage(browser: Browser) {
  const context = await browser.newContext({ storageState: storageStateOf('pencatat') });
  const page = await context.newPage();
  await page.goto('/pencatatan/baru');
  return page;
}

/** A sparse file of the given size (no disk blocks, no memory), like a huge scan on a phone. */
function sparseFile(name: string, bytes: number): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'unggah-')), name);
  execFileSync('truncate', ['-s', String(bytes), file]);
  return file;
}

async function fillLetter(page: Awaited<ReturnType<typeof pencatatPage>>, perihal: string) {
  await page.getByLabel('Nomor surat').fill(`B-${Date.now() % 1000000}/UJI`);
  await page.getByLabel('Tanggal surat').fill('2026-11-20');
  await page.getByLabel('Pengirim', { exact: true }).fill('Badan Uji Unggahan');
  await page.getByLabel('Perihal').fill(perihal);
}

test('a hand-made 200 MB upload is refused with 413 and a clear message: nothing written, no file kept', async () => {
  test.setTimeout(180_000);
  const cookie = await cookieOf('pencatat');
  const rowsBefore = await uploadRowCounts();
  const filesBefore = await storedFiles();

  // Registration with its true Content-Length, a tindak lanjut attachment sent chunked (no
  // length: counted as it arrives), and the naskah lampiran route.
  const declared = await postUpload({ path: '/pencatatan/baru', cookie, field: 'pindaian', bytes: 200 * MB, headers: ACTION });
  const chunked = await postUpload({ path: '/surat-masuk/0196f3a0-0000-7000-8000-000000000001', cookie, field: 'lampiran', bytes: 200 * MB, chunked: true, headers: ACTION });
  const lampiran = await postUpload({ path: '/konsep/0196f3a0-0000-7000-8000-000000000001/lampiran', cookie, field: 'berkas', bytes: 30 * MB });
  for (const res of [declared, chunked]) {
    expect(res.status).toBe(413);
    expect(res.contentType).toBe('text/plain');
    expect(res.body).toBe(TOO_LARGE);
  }
  // The lampiran panel reads JSON.
  expect(lampiran.status).toBe(413);
  expect(JSON.parse(lampiran.body)).toMatchObject({ ok: false, message: TOO_LARGE });

  expect(await uploadRowCounts()).toEqual(rowsBefore);
  expect(await storedFiles()).toEqual(filesBefore);

  // Under the cap, chunked or not, the size passes and the call is refused for what it is: an
  // action this build does not know.
  for (const chunkedSmall of [false, true]) {
    const small = await postUpload({ path: '/pencatatan/baru', cookie, field: 'pindaian', bytes: 2 * MB, chunked: chunkedSmall, headers: ACTION });
    expect({ status: small.status, body: small.body }).toEqual({ status: 409, body: UNKNOWN_ACTION_MESSAGE });
  }
});

test('the form refuses a file above 20 MB itself, and shows the server refusal when that check is bypassed', async ({ browser }) => {
  const rowsBefore = await uploadRowCounts();
  const page = await pencatatPage(browser);
  const perihal = `Surat dengan pindaian terlalu besar ${Date.now()}`;
  await fillLetter(page, perihal);
  const scan = page.getByLabel('Pindaian surat');
  await scan.setInputFiles(sparseFile('pindaian-besar.pdf', 22 * MB));
  await expect(page.locator('#pindaian-error')).toHaveText(TOO_LARGE);
  await page.getByRole('button', { name: 'Catat dan teruskan' }).click();
  expect(await scan.evaluate((el: HTMLInputElement) => el.validationMessage)).toBe(TOO_LARGE);
  await expect(page).toHaveURL(/\/pencatatan\/baru$/);

  // A modified page skips the client check: the proxy refuses, and the form shows it as its own
  // message instead of falling into the error page.
  await scan.evaluate((el: HTMLInputElement) => el.setCustomValidity(''));
  await page.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(page.getByRole('status')).toHaveText(TOO_LARGE);
  await expect(page.getByRole('button', { name: 'Catat dan teruskan' })).toBeEnabled();
  await expect(page.getByRole('heading', { name: 'Catat Surat Masuk' })).toBeVisible();
  expect(await uploadRowCounts()).toEqual(rowsBefore);
});

test('a 15 MB scan arrives whole and is registered, with its sifat apart from the security class', async ({ browser }) => {
  test.setTimeout(120_000);
  const doc = await PDFDocument.create();
  doc.addPage([595, 842]).drawText('Pindaian besar', { x: 72, y: 760, size: 18 });
  // Incompressible bytes, so the PDF really is 15 MB on the wire.
  await doc.attach(randomBytes(15 * MB), 'halaman.bin', { mimeType: 'application/octet-stream' });
  const pdf = Buffer.from(await doc.save());
  expect(pdf.byteLength).toBeGreaterThan(15 * MB);

  const page = await pencatatPage(browser);
  const perihal = `Pindaian lima belas megabita ${Date.now()}`;
  await fillLetter(page, perihal);
  await page.getByLabel('Sifat').fill('Penting');
  await page.getByLabel('Klasifikasi keamanan').selectOption('TERBATAS');
  await page.getByLabel('Pindaian surat').setInputFiles({ name: 'besar.pdf', mimeType: 'application/pdf', buffer: pdf });
  await page.getByRole('button', { name: 'Catat dan teruskan' }).click();
  await expect(page.getByRole('status')).toContainText('Surat tercatat dengan nomor agenda', { timeout: 60_000 });
});

test('the public verification page shows the refusal of a PDF above the cap', async ({ page }) => {
  await page.goto('/verifikasi');
  await page.getByLabel('Berkas PDF').setInputFiles(sparseFile('dokumen-besar.pdf', 22 * MB));
  await page.getByRole('button', { name: 'Periksa dokumen' }).click();
  await expect(page.getByRole('alert').filter({ hasText: TOO_LARGE })).toBeVisible();
});
