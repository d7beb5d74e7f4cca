import { expect, test, type Page } from './support/test';
import { FRESH_PASSWORD as PASSWORD, freshAccount, nomorUrut } from './support/fresh-account';
import { signIn, storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// Each test signs in and out with an account of its own (freshAccount), so the role sessions the
// other specs share are never ended or locked here.

/** One sign-in attempt on the open /masuk page; resolves with the refusal shown. */
async function attempt(page: Page, identifier: string, password: string): Promise<string> {
  await page.getByLabel('NIP atau e-mail').fill(identifier);
  await page.getByLabel('Kata sandi').fill(password);
  // The same refusal twice looks the same: wait for this attempt's answer from the server.
  await Promise.all([
    page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/masuk'),
    page.getByRole('button', { name: 'Masuk' }).click(),
  ]);
  await expect(page.getByRole('button', { name: 'Masuk' })).toBeEnabled();
  return (await page.locator('form [role="alert"]').textContent()) ?? '';
}

test('a copied session cookie stops working once its session signs out', async ({ page, browser }, testInfo) => {
  const account = await freshAccount();
  await signIn(page, account.nip, PASSWORD);
  await expect(page).toHaveURL(/\/$/);

  // Another browser with the same cookie is the same session.
  const copy = await browser.newContext({ viewport: page.viewportSize() });
  await copy.addCookies(await page.context().cookies());
  const thief = await copy.newPage();
  await thief.goto('/');
  await expect(thief.getByRole('heading', { name: `Selamat datang, ${account.nama}` })).toBeVisible();

  if (testInfo.project.name === 'phone') await page.goto('/menu');
  await page.getByRole('button', { name: 'Keluar' }).first().click();
  await expect(page).toHaveURL(/\/masuk$/);

  // The cookie is still there, its session is not: sent to sign in, and back to the page after.
  await thief.goto('/surat-masuk');
  await expect(thief).toHaveURL(/\/masuk\?kembali=%2Fsurat-masuk$/);
  await thief.goto('/');
  await expect(thief).toHaveURL(/\/masuk$/);
  await thief.goto('/surat-masuk');
  await thief.getByLabel('NIP atau e-mail').fill(account.nip);
  await thief.getByLabel('Kata sandi').fill(PASSWORD);
  await thief.getByRole('button', { name: 'Masuk' }).click();
  await expect(thief).toHaveURL(/\/surat-masuk$/);
  await copy.close();
});

test('a planted callback-url cookie Auth.js would refuse neither signs the person out nor keeps them from signing in', async ({ page }, testInfo) => {
  // Cookie tossing: a sibling subdomain or a plain http page sets a cookie for this host. Auth.js
  // refused every request carrying this one (InvalidCallbackUrl): signed out on every page, and the
  // sign-in itself failed, for as long as the cookie stayed.
  const account = await freshAccount();
  const plant = () => page.context().addCookies([{ name: 'authjs.callback-url', value: '%E0%A4%A', url: testInfo.project.use.baseURL! }]);
  await plant();
  await signIn(page, account.nip, PASSWORD);
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByRole('heading', { name: `Selamat datang, ${account.nama}` })).toBeVisible();
  await plant();
  await page.goto('/surat-masuk');
  await expect(page).toHaveURL(/\/surat-masuk$/);
  await expect(page.getByRole('heading', { name: 'Surat Masuk' })).toBeVisible();
  // The answer expired it.
  expect((await page.context().cookies()).filter((c) => c.name === 'authjs.callback-url' && c.value === '%E0%A4%A')).toEqual([]);
});

test('repeated wrong passwords lock the account with one answer, then the limit; the admin reads it in Indonesian', async ({ page, browser }) => {
  test.setTimeout(180_000); // a dozen argon2 checks through the form, then the admin's pages
  const account = await freshAccount();
  const unknownNip = `198001012005011${nomorUrut()}`;
  await page.goto('/masuk');

  const refused = /^NIP\/e-mail atau kata sandi salah\. Setelah 5 kali salah, akun dikunci 15 menit/;
  for (let i = 1; i <= 5; i++) expect(await attempt(page, account.nip, `salah-${i}`)).toMatch(refused);
  // Locked: the right password gets the same answer as a wrong one or an unknown NIP.
  expect(await attempt(page, account.nip, PASSWORD)).toMatch(refused);
  await expect(page).toHaveURL(/\/masuk$/);
  expect(await attempt(page, unknownNip, PASSWORD)).toMatch(refused);
  // Past ten attempts on one NIP, the rate limit answers.
  for (let i = 7; i <= 10; i++) await attempt(page, account.nip, `salah-${i}`);
  expect(await attempt(page, account.nip, PASSWORD)).toBe('Terlalu banyak percobaan. Coba lagi dalam 15 menit.');

  const admin = await browser.newContext({ storageState: storageStateOf('admin'), viewport: page.viewportSize() });
  const audit = await admin.newPage();
  await audit.goto(`/admin/audit?actor=${account.nip}`);
  const log = audit.getByRole('list', { name: 'Log audit' });
  await expect(log).toContainText(`gagal masuk (kata sandi salah) — NIP/e-mail: ${account.nip}`);
  await expect(log).toContainText(`gagal masuk (akun sedang terkunci) — NIP/e-mail: ${account.nip}`);
  await expect(log).toContainText('dikunci 15 menit setelah 5 kali gagal masuk');
  await expect(log).toContainText('ditolak masuk karena terlalu banyak percobaan');
  await audit.goto('/admin/audit?entity=AkunTidakDikenal');
  await expect(audit.getByRole('list', { name: 'Log audit' })).toContainText(`Seseorang gagal masuk (NIP/e-mail tidak terdaftar) — NIP/e-mail: ${unknownNip}`);
  await shotForPeople(audit, { path: test.info().outputPath('audit-masuk.png'), fullPage: true });
  await admin.close();
});
