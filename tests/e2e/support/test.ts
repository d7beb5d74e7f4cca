// The `test` every spec uses: Playwright's, plus closing what a test opened itself. A context from
// `browser.newContext()` otherwise lives until the worker ends: halfway through a run 38 pages (each
// a Chromium renderer) were still open, on a 2-core machine, and one failure screenshotted them all.
import { test as base } from '@playwright/test';

export * from '@playwright/test';

export const test = base.extend<{ closeOwnContexts: void }>({
  closeOwnContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      // Failure screenshots are taken when the test function ends, before this teardown.
      await Promise.all(browser.contexts().filter((context) => !before.has(context)).map((context) => context.close()));
    },
    { auto: true },
  ],
});
