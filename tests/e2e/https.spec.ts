import { expect, test, type Browser, type BrowserContext } from './support/test';
import { FRESH_PASSWORD, freshAccount } from './support/fresh-account';
import { startHttpsDeployment, type HttpsDeployment } from './support/https-deployment';
import { accountOf } from './support/roles';
import { DEMO_PASSWORD } from '@/prisma/seed/demo-accounts';

// Over https the session rides on `__Host-` cookies (lib/auth/cookie-names.ts). Cookie tossing: a
// sibling subdomain (one of the dozens a province runs under one go.id) or a plain-http page may set
// a cookie for this host, with any name but a `__Host-` one. With Auth.js' own `__Secure-` name, an
// attacker's session planted that way signed the pejabat into the attacker's account.
let deployment: HttpsDeployment;

test.beforeAll(async () => {
  test.setTimeout(120_000);
  deployment = await startHttpsDeployment();
});
test.afterAll(async () => {
  await deployment?.stop();
});

function visit(browser: Browser): Promise<BrowserContext> {
  return browser.newContext({ baseURL: deployment.baseURL, ignoreHTTPSErrors: true, viewport: { width: 1280, height: 800 } });
}

async function signInOver(context: BrowserContext, nip: string, password = FRESH_PASSWORD) {
  const page = await context.newPage();
  await page.goto('/masuk');
  await page.getByLabel('NIP atau e-mail').fill(nip);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(/\/$/);
  return page;
}

const sessionCookies = async (context: BrowserContext) => (await context.cookies()).filter((c) => /authjs\.session-token/.test(c.name));

test('over https the session cookie is a __Host- cookie, and a session planted under another name signs nobody in @desktop', async ({ browser }) => {
  const [person, attacker] = [await freshAccount(), await freshAccount()];

  const own = await visit(browser);
  const page = await signInOver(own, person.nip);
  await expect(page.getByRole('heading', { name: `Selamat datang, ${person.nama}` })).toBeVisible();
  const cookies = await sessionCookies(own);
  expect(cookies.map((c) => c.name)).toEqual(['__Host-authjs.session-token']);
  expect(cookies[0]).toMatchObject({ domain: 'localhost', path: '/', secure: true, httpOnly: true, sameSite: 'Lax' });
  const answer = await page.request.get('/surat-masuk');
  expect(answer.headers()['strict-transport-security']).toContain('max-age=');

  // The attacker signs in on the real site and plants their session for the victim under every
  // name a sibling subdomain can write.
  const theirs = await visit(browser);
  await signInOver(theirs, attacker.nip);
  const [stolen] = await sessionCookies(theirs);
  const victim = await visit(browser);
  await victim.addCookies(
    ['authjs.session-token', '__Secure-authjs.session-token'].map((name) => ({ name, value: stolen!.value, domain: 'localhost', path: '/', secure: true, httpOnly: true, sameSite: 'Lax' as const })),
  );
  const tossed = await victim.newPage();
  await tossed.goto('/');
  await expect(tossed).toHaveURL(/\/masuk$/);
  await expect(tossed.getByRole('heading', { name: `Selamat datang, ${attacker.nama}` })).toHaveCount(0);

  // Signing out removes the __Host- cookie (its deletion must carry Secure and Path=/ to be taken).
  await page.getByRole('button', { name: 'Keluar' }).first().click();
  await expect(page).toHaveURL(/\/masuk$/);
  expect(await sessionCookies(own)).toEqual([]);
  await page.goto('/');
  await expect(page).toHaveURL(/\/masuk$/);
});

test('over https the post a Plt. acts as is a __Host- cookie: a planted plain one changes nothing, and signing out removes it @desktop', async ({ browser }) => {
  const context = await visit(browser);
  const page = await signInOver(context, accountOf('plt').nip, DEMO_PASSWORD);
  const acting = (label: string) => page.locator('p').filter({ hasText: `Bertindak sebagai ${label} ·` });
  const postCookie = async () => (await context.cookies()).filter((c) => /eoffice_jabatan/.test(c.name));

  await page.getByLabel('Bertindak sebagai').selectOption({ label: 'Plt. Kepala Bidang Infrastruktur dan Kewilayahan' });
  await expect(acting('Plt. Kepala Bidang Infrastruktur dan Kewilayahan')).toBeVisible();
  const [plt] = await postCookie();
  expect(plt).toMatchObject({ name: '__Host-eoffice_jabatan', domain: 'localhost', path: '/', secure: true, httpOnly: true });
  await page.getByLabel('Bertindak sebagai').selectOption({ label: 'Sekretaris' });
  await expect(acting('Sekretaris')).toBeVisible();

  // A sibling subdomain plants the other post under the name it can write: the person still acts as they chose.
  await context.addCookies([{ name: 'eoffice_jabatan', value: plt!.value, domain: 'localhost', path: '/', secure: true }]);
  await page.reload();
  await expect(acting('Sekretaris')).toBeVisible();

  await page.getByRole('button', { name: 'Keluar' }).first().click();
  await expect(page).toHaveURL(/\/masuk$/);
  expect((await postCookie()).map((c) => c.name)).toEqual(['eoffice_jabatan']);
});
