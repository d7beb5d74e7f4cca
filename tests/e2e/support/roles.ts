import path from 'node:path';
import type { Page } from '@playwright/test';
import { DEMO_ACCOUNTS, DEMO_PASSWORD, type DemoAccountKey } from '../../../prisma/seed/demo-accounts';

export const ROLE_KEYS: DemoAccountKey[] = ['staf', 'kepala', 'kabid', 'pencatat', 'adminOpd', 'admin', 'plt'];

/** Saved session of a role, written once by the setup project. */
export function storageStateOf(key: DemoAccountKey): string {
  return path.join(process.cwd(), '.data', 'e2e-auth', `${key}.json`);
}

export function accountOf(key: DemoAccountKey) {
  return DEMO_ACCOUNTS.find((a) => a.key === key)!;
}

export async function signIn(page: Page, identifier: string, password = DEMO_PASSWORD) {
  await page.goto('/masuk');
  await page.getByLabel('NIP atau e-mail').fill(identifier);
  await page.getByLabel('Kata sandi').fill(password);
  await page.getByRole('button', { name: 'Masuk' }).click();
}
