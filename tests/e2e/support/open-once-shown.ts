// A page opened right after a colleague's action. With read replicas (E2E_REPLICA=1) a list may
// show another person's write up to REPLICA_MAX_LAG_MS later (lib/db/read-freshness.ts), "as it
// would after a refresh": so the spec refreshes, as the person would, until it is there.
import { expect, type Locator, type Page } from './test';

export async function openOnceShown(page: Page, path: string, shown: Locator): Promise<void> {
  await expect(async () => {
    await page.goto(path);
    await expect(shown).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
}
