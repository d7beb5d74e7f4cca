import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium (Playwright's own browser download is not reachable here). The networking
// flags stop Chromium from calling home, which this machine's closed network refuses.
const CHROMIUM = {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
};
export const E2E_PORT = Number(process.env.E2E_PORT ?? 3100);
const baseURL = `http://127.0.0.1:${E2E_PORT}`;

// With E2E_WORKERS=2 the desktop and the phone walks run side by side, one worker each: every spec
// makes its own letters and accounts, so the two sizes do not wait on each other's data. The specs
// that compare whole-database counts or the file store before and after (upload-limit) would see
// the other walk's writes, so they then run last, alone, one size after the other. A project's
// dependencies run whole even when a spec file is named on the command line, so that chain exists
// only side by side. The default stays one worker until a run on a quiet 2-core machine has shown
// the side-by-side walks are not flaky.
const WORKERS = Number(process.env.E2E_WORKERS ?? 1);
const SIDE_BY_SIDE = WORKERS > 1;
// klasifikasi-panjang gives the demo instansi a long code list for its own tests: the other walk would see typed fields.
const ALONE = /upload-limit\.spec\.ts|klasifikasi-panjang\.spec\.ts/;
const DESKTOP = { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 }, launchOptions: CHROMIUM };
const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true, launchOptions: CHROMIUM };
// Tests tagged @desktop are desk work (the archive walk); they are not run at phone size.
const DESK_WORK = /@desktop/;
const APART = SIDE_BY_SIDE ? [ALONE] : [];

export default defineConfig({
  testDir: 'tests/e2e',
  globalSetup: './tests/support/scratch-tmp.ts',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: WORKERS,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: { baseURL, launchOptions: CHROMIUM, trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    { name: 'setup', testMatch: /.*\.setup\.ts/ },
    { name: 'desktop', dependencies: ['setup'], workers: 1, testIgnore: [/.*\.setup\.ts/, /.*\.phone\.spec\.ts/, ...APART], use: DESKTOP },
    { name: 'phone', dependencies: ['setup'], workers: 1, testIgnore: [/.*\.setup\.ts/, ...APART], grepInvert: DESK_WORK, use: PHONE },
    ...(SIDE_BY_SIDE
      ? [
          { name: 'desktop alone', dependencies: ['desktop', 'phone'], workers: 1, testMatch: ALONE, use: DESKTOP },
          { name: 'phone alone', dependencies: ['desktop alone'], workers: 1, testMatch: ALONE, grepInvert: DESK_WORK, use: PHONE },
        ]
      : []),
  ],
  webServer: {
    // react-server: the launcher also runs the job queue, whose tasks import the services.
    command: 'npx tsx --conditions=react-server tests/e2e/support/serve-e2e.ts',
    url: `${baseURL}/masuk`,
    timeout: 600_000,
    reuseExistingServer: !process.env.CI,
    stdout: 'pipe',
    stderr: 'pipe',
  },
});
