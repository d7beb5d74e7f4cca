// The `test` every spec uses: Playwright's, plus closing what a test opened itself. A context from
// `browser.newContext()` otherwise lives until the worker ends: halfway through a run 38 pages (each
// a Chromium renderer) were still open, on a 2-core machine, and one failure screenshotted them all.
import { randomBytes } from 'node:crypto';
import { test as base } from '@playwright/test';

export * from '@playwright/test';

// Each test comes from an address of its own (the e2e server trusts one proxy hop, serve-e2e.ts), so
// the per-address limits (public verifications 30 a minute, failed sign-ins 50 per 15 minutes) count
// one test's requests, as they would one visitor's. With every test on 127.0.0.1, whichever test made
// the minute's 31st verification was refused, depending on the order the specs happened to run in.
function ownAddress(): string {
  const [a, b, c] = randomBytes(3);
  return `10.${a}.${b}.${Math.max(c, 1)}`;
}

export const test = base.extend<{ clientAddress: string; ownContextsFromClientAddress: void; closeOwnContexts: void }>({
  clientAddress: async ({}, use) => {
    await use(ownAddress());
  },
  extraHTTPHeaders: async ({ clientAddress }, use) => {
    await use({ 'x-forwarded-for': clientAddress });
  },
  // Contexts a test makes itself come from the test's address too, unless the test names another.
  ownContextsFromClientAddress: [
    async ({ browser, clientAddress }, use) => {
      const newContext = browser.newContext;
      browser.newContext = (options = {}) => newContext.call(browser, { ...options, extraHTTPHeaders: { 'x-forwarded-for': clientAddress, ...options.extraHTTPHeaders } });
      await use();
      browser.newContext = newContext;
    },
    { auto: true },
  ],
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
