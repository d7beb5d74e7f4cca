import { expect, test as setup } from '@playwright/test';
import { accountOf, ROLE_KEYS, signIn, storageStateOf } from './support/roles';

// Sign in once per role (by NIP for most, by e-mail for one) and keep the session for the specs.
for (const key of ROLE_KEYS) {
  setup(`sign in as ${key}`, async ({ page }) => {
    const account = accountOf(key);
    await signIn(page, key === 'kepala' ? account.email : account.nip);
    // The first sign-in meets a cold server and a deliberately slow password hash; on a loaded
    // machine that alone has passed the 15 s default.
    await expect(page).toHaveURL(/\/$/, { timeout: 60_000 });
    await expect(page.getByRole('heading', { name: /Selamat datang/ })).toBeVisible();
    await page.context().storageState({ path: storageStateOf(key) });
  });
}
