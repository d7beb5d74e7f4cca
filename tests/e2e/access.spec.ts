import { expect, test, type Page } from './support/test';
import { accountOf, signIn, storageStateOf } from './support/roles';
import { DEMO_PASSWORD } from '@/prisma/seed/demo-accounts';
import { shotForPeople } from './support/shot-for-people';

/** The staf's sign-in on the /masuk page already open (its address carries the way back). */
async function submitSignIn(page: Page, password: string) {
  await page.getByLabel('NIP atau e-mail').fill(accountOf('staf').nip);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}

test.describe('without a session', () => {
  for (const path of ['/', '/admin', '/surat-masuk', '/tanda-tangan', '/menu']) {
    test(`${path} goes to the sign-in page`, async ({ page }) => {
      await page.goto(path);
      await expect(page).toHaveURL(path === '/' ? /\/masuk$/ : new RegExp(`/masuk\\?kembali=${encodeURIComponent(path)}$`));
      await expect(page.getByRole('heading', { name: 'Masuk ke akun Anda' })).toBeVisible();
    });
  }

  test('a link opened without a session comes back to its page after signing in; a return address to another host does not', async ({ page }) => {
    // A pejabat taps a notification's link after the session ended: the letter, not Beranda.
    await page.goto('/cari?q=undangan%20rapat&jenis=NOTA_DINAS');
    await expect(page).toHaveURL(/\/masuk\?kembali=%2Fcari%3Fq%3Dundangan%2Brapat%26jenis%3DNOTA_DINAS$/);
    await expect(page.getByText('Setelah masuk, Anda dibawa kembali ke halaman yang tadi dibuka.')).toBeVisible();
    await submitSignIn(page, 'bukan-sandinya');
    await expect(page.getByText('NIP/e-mail atau kata sandi salah.')).toBeVisible();
    // The NIP stays as typed; the password is emptied for the next try, with the cursor in it.
    await expect(page.getByLabel('NIP atau e-mail')).toHaveValue(accountOf('staf').nip);
    await expect(page.getByLabel('Kata sandi')).toHaveValue('');
    await expect(page.getByLabel('Kata sandi')).toBeFocused();
    // A refused attempt keeps the way back.
    await submitSignIn(page, DEMO_PASSWORD);
    await expect(page).toHaveURL(/\/cari\?q=undangan\+rapat&jenis=NOTA_DINAS$/);
    await expect(page.getByRole('searchbox', { name: 'Kata pencarian' })).toHaveValue('undangan rapat');
    // Signed in, the sign-in page sends on to the page named.
    await page.goto('/masuk?kembali=%2Fsurat-masuk');
    await expect(page).toHaveURL(/\/surat-masuk$/);
    await page.context().clearCookies();

    for (const foreign of ['//evil.example/masuk', '/\\evil.example', 'https://evil.example', '/..//evil.example', '/\t/evil.example']) {
      await page.goto(`/masuk?kembali=${encodeURIComponent(foreign)}`);
      await submitSignIn(page, DEMO_PASSWORD);
      await expect(page, foreign).toHaveURL(`${test.info().project.use.baseURL}/`);
      await page.context().clearCookies();
    }
  });

  test('a wrong password, an unknown NIP and a malformed NIP get clear messages', async ({ page }) => {
    await signIn(page, accountOf('staf').nip, 'bukan-sandinya');
    await expect(page.getByText('NIP/e-mail atau kata sandi salah.')).toBeVisible();
    await signIn(page, '199001012015011999', 'apa saja');
    await expect(page.getByText('NIP/e-mail atau kata sandi salah.')).toBeVisible();
    await signIn(page, '12345', 'apa saja');
    await expect(page.getByText('NIP harus terdiri dari 18 angka.')).toBeVisible();
    await expect(page).toHaveURL(/\/masuk$/);
  });
});

test.describe('a signed-in staf', () => {
  test.use({ storageState: storageStateOf('staf') });

  test('cannot open the admin pages', async ({ page }, testInfo) => {
    await page.goto('/admin');
    await expect(page.getByTestId('forbidden')).toBeVisible();
    await expect(page.getByRole('table', { name: 'Daftar OPD' })).toHaveCount(0);
    await shotForPeople(page, { path: testInfo.outputPath('staf-admin-ditolak.png') });
  });
});

test.describe('admin scopes', () => {
  test.describe('admin OPD', () => {
    test.use({ storageState: storageStateOf('adminOpd') });
    test('sees only their own OPD', async ({ page }) => {
      await page.goto('/admin');
      const rows = page.getByRole('table', { name: 'Daftar OPD' }).locator('tbody tr');
      await expect(rows).toHaveCount(1);
      await expect(rows.first()).toContainText('Komunikasi dan Informatika');
    });
  });
  test.describe('admin instansi', () => {
    test.use({ storageState: storageStateOf('admin') });
    test('sees every OPD of the instansi', async ({ page }, testInfo) => {
      await page.goto('/admin');
      // At least the five seeded OPDs: admin-onboarding.spec.ts adds a new OPD on every run.
      const rows = page.getByRole('table', { name: 'Daftar OPD' }).locator('tbody tr');
      await expect(rows.first()).toBeVisible();
      expect(await rows.count()).toBeGreaterThanOrEqual(5);
      await shotForPeople(page, { path: testInfo.outputPath('admin-opd.png'), fullPage: true });
    });
  });
});

test.describe('a Plt.', () => {
  test.use({ storageState: storageStateOf('plt') });
  test('switches between the own post and the acting post', async ({ page }) => {
    await page.goto('/');
    const switcher = page.getByLabel('Bertindak sebagai');
    await expect(switcher.locator('option')).toHaveCount(2);
    const pltOption = switcher.locator('option', { hasText: /^Plt\. / });
    const pltLabel = (await pltOption.textContent())!;
    // The Beranda line that names the post in use (a "Bertindak sebagai …" button may offer the other one).
    const inUse = page.locator('p').filter({ hasText: `Bertindak sebagai ${pltLabel}` });
    await switcher.selectOption({ label: pltLabel });
    await expect(inUse).toBeVisible();
    await switcher.selectOption({ index: 0 });
    await expect(inUse).toHaveCount(0);
  });
});

test('signing out ends the session', async ({ page }, testInfo) => {
  await signIn(page, accountOf('kabid').nip);
  await expect(page).toHaveURL(/\/$/);
  if (testInfo.project.name === 'phone') {
    await page.goto('/menu');
  }
  await page.getByRole('button', { name: 'Keluar' }).first().click();
  await expect(page).toHaveURL(/\/masuk$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/masuk$/);
});
