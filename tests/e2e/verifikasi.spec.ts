import { expect, test } from './support/test';
import { issueSigner, makeRoot, makeUnsignedPdf, signWithTestPki } from '../support/test-pki';
import { shotForPeople } from './support/shot-for-people';

// The public verification page, without a session, at desktop and phone size.
test.describe('public verification', () => {
  test('an unsigned PDF is reported as having no signature', async ({ page }) => {
    // Found from the sign-in page, the one an outsider with the app's address lands on.
    await page.goto('/masuk');
    await page.getByRole('link', { name: 'Periksa keaslian dokumen bertanda tangan elektronik' }).click();
    await expect(page.getByRole('heading', { name: 'Periksa keaslian dokumen' })).toBeVisible();
    await page.getByLabel('Berkas PDF').setInputFiles({ name: 'surat.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makeUnsignedPdf()) });
    await page.getByRole('button', { name: 'Periksa dokumen' }).click();
    await expect(page.getByText('Tidak ada tanda tangan elektronik')).toBeVisible();
    await expect(page.getByText('Dokumen ini tidak ditemukan di arsip sistem ini.')).toBeVisible();
  });

  test('a PDF signed with a self-made certificate is reported as not valid, with the reason', async ({ page }) => {
    const root = await makeRoot('CN=CA Palsu');
    const impostor = await issueSigner(root, 'Penanda Tangan Palsu', '3201010101900001');
    const pdf = await signWithTestPki(await makeUnsignedPdf('Surat palsu'), impostor, [root.cert]);
    await page.goto('/verifikasi');
    await page.getByLabel('Berkas PDF').setInputFiles({ name: 'palsu.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf) });
    await page.getByRole('button', { name: 'Periksa dokumen' }).click();
    const hasil = page.getByTestId('hasil-verifikasi');
    await expect(hasil.getByText('Tanda tangan elektronik TIDAK valid')).toBeVisible();
    // The name in a certificate that does not chain to a trusted root is shown as a claim only.
    await expect(hasil.getByText(/Mengaku sebagai\s*Penanda Tangan Palsu\s*\(identitas tidak terbukti\)/)).toBeVisible();
    await expect(hasil.getByText(/tidak diterbitkan oleh penyelenggara sertifikasi elektronik tepercaya/)).toBeVisible();
    await expect(hasil.getByText('INDETERMINATE / NO_CERTIFICATE_CHAIN_FOUND')).toBeVisible();
    await expect(hasil.getByText(/hanya klaim penanda tangan, TIDAK dibuktikan/)).toBeVisible();
    await expect(hasil.getByText('3201********0001')).toBeVisible();
    await expect(hasil.getByText('3201010101900001')).toHaveCount(0);
    await hasil.getByText(/Rantai sertifikat penanda tangan/).click();
    await expect(hasil.getByText(/tidak dapat dirantai ke root tepercaya/).first()).toBeVisible();
    await shotForPeople(page, { path: test.info().outputPath('tanda-tangan-palsu.png'), fullPage: true });
  });

  test('a file that is not a PDF gets a clear message', async ({ page }) => {
    await page.goto('/verifikasi');
    await page.getByLabel('Berkas PDF').setInputFiles({ name: 'bukan.pdf', mimeType: 'application/pdf', buffer: Buffer.from('<html>bukan pdf</html>') });
    await page.getByRole('button', { name: 'Periksa dokumen' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Berkas bukan PDF.' })).toBeVisible();
  });

  test.describe('in an English browser', () => {
    // The browser's own file field says "Choose File" / "No file chosen" in the browser's language.
    test.use({ locale: 'en-US' });
    test('the file field reads in Indonesian: "Pilih berkas", then the chosen file\'s name; the keyboard reaches it', async ({ page }, testInfo) => {
      await page.goto('/verifikasi');
      const berkas = page.getByLabel('Berkas PDF', { exact: true });
      const wajah = page.locator('form').filter({ has: berkas }).locator('span').filter({ has: berkas });
      await expect(wajah).toHaveText('Pilih berkasBelum ada berkas dipilih');
      await expect(berkas).toHaveAccessibleDescription(/Belum ada berkas dipilih Maksimal 20 MB/);
      // Sent empty: the browser refuses before anything leaves the phone.
      await page.getByRole('button', { name: 'Periksa dokumen' }).click();
      expect(await berkas.evaluate((el) => (el as HTMLInputElement).validity.valueMissing)).toBe(true);
      await berkas.setInputFiles({ name: 'surat keputusan.pdf', mimeType: 'application/pdf', buffer: Buffer.from(await makeUnsignedPdf()) });
      await expect(wajah).toHaveText('Pilih berkassurat keputusan.pdf');
      await expect(berkas).toHaveAccessibleDescription(/^surat keputusan\.pdf/);
      // Tabbing lands on the field, and its face shows the focus.
      await page.locator('body').click({ position: { x: 5, y: 5 } });
      for (let i = 0; i < 30 && !(await berkas.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
      await expect(berkas).toBeFocused();
      expect(await wajah.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
      await shotForPeople(page, { path: testInfo.outputPath('pilih-berkas.png'), fullPage: true });
      await page.getByRole('button', { name: 'Periksa dokumen' }).click();
      await expect(page.getByText('Tidak ada tanda tangan elektronik')).toBeVisible();
    });
  });

  test('an unknown QR code says the document is not found', async ({ page }) => {
    await page.goto('/verifikasi/TIDAKADA2026');
    await expect(page.getByRole('heading', { name: 'Dokumen tidak ditemukan' })).toBeVisible();
  });

  test('the JSON API answers 404 for an unknown code and 400 for a missing file', async ({ request }) => {
    const unknown = await request.get('/api/verifikasi/TIDAKADA2026');
    expect(unknown.status()).toBe(404);
    expect((await unknown.json()).message).toMatch(/tidak dikenal/);
    const missing = await request.post('/api/verifikasi', { multipart: { kode: 'ABCDEF123' } });
    expect(missing.status()).toBe(400);
  });
});
