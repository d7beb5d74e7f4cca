// Screenshots that no assertion reads: they are written for a person looking at a local run. CI has
// nobody looking, and a full-page shot (at twice the pixels on the phone) costs seconds per page.
import type { Locator, Page } from '@playwright/test';

export async function shotForPeople(target: Page | Locator, options: { path: string; fullPage?: boolean }): Promise<void> {
  if (process.env.CI) return;
  await target.screenshot(options);
}
