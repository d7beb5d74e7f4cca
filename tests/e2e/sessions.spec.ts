import { randomInt } from 'node:crypto';
import { expect, test, type Page } from './support/test';
import { hashPassword } from '@/lib/auth/password';
import { createPrismaClient } from '@/lib/db/client';
import { embeddedUrl } from '@/lib/db/embedded-postgres';
import { DEFAULT_EMBEDDED } from '@/lib/db/resolve-database';
import { accountOf, signIn, storageStateOf } from './support/roles';
import { shotForPeople } from './support/shot-for-people';

// Each test signs in and out with an account of its own, so the role sessions the other specs
// share are never ended or locked here.
const PASSWORD = 'Sesi#Uji2026';

// A NIP's last three digits (nomor urut) are never 000: such a NIP is refused at the form (1 run in 100 did).
const nomorUrut = () => String(1 + randomInt(999)).padStart(3, '0');

async function freshAccount(): Promise<{ nip: string; nama: string }> {
  const prisma = createPrismaClient(embeddedUrl(Number(process.env.EMBEDDED_PG_PORT ?? 5435), DEFAULT_EMBEDDED.database));
  try {
    const staf = await prisma.pegawai.findUniqueOrThrow({ where: { nip: accountOf('staf').nip }, select: { instansiId: true, opdId: true, penugasan: { select: { jabatanId: true } } } });
    const pad = (n: number) => String(n).padStart(2, '0');
    const nip = `19${70 + randomInt(25)}${pad(1 + randomInt(12))}${pad(1 + randomInt(28))}2015${pad(1 + randomInt(12))}1${nomorUrut()}`;
    const nama = `Uji Sesi ${nip.slice(-6)}`;
    const pegawai = await prisma.pegawai.create({
      data: { instansiId: staf.instansiId, opdId: staf.opdId, nama, nip, nik: `3201${String(randomInt(1e12)).padStart(12, '0')}`, passwordHash: await hashPassword(PASSWORD) },
    });
    await prisma.penugasanJabatan.create({ data: { pegawaiId: pegawai.id, jabatanId: staf.penugasan[0]!.jabatanId, jenis: 'DEFINITIF', mulai: new Date('2020-01-01') } });
    return { nip, nama };
  } finally {
    await prisma.$disconnect();
  }
}

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

  await thief.goto('/surat-masuk');
  await expect(thief).toHaveURL(/\/masuk$/);
  await thief.goto('/');
  await expect(thief).toHaveURL(/\/masuk$/);
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
