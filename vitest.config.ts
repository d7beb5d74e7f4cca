import { defineConfig } from 'vitest/config';
import path from 'node:path';

// Integration files run one at a time by default: several of them time the app's own behaviour
// under load (a worker restarted at its budget, a page answered while files are verified), and a
// second worker on a 2-core machine made one of those miss its bound (5.8 s against 3.4 s). Each
// worker has its own copy of the test database (tests/integration/global-setup.ts), so
// INTEGRATION_WORKERS=2 is safe for data on a machine with cores to spare (1.2-1.3x faster here).
const integrationWorkers = Number(process.env.INTEGRATION_WORKERS ?? 1);
if (!Number.isInteger(integrationWorkers) || integrationWorkers < 1) throw new Error(`INTEGRATION_WORKERS must be a whole number of at least 1, not "${process.env.INTEGRATION_WORKERS}".`);

export default defineConfig({
  resolve: {
    alias: {
      '@': path.resolve(import.meta.dirname),
      'server-only': path.resolve(import.meta.dirname, 'tests/support/server-only-stub.ts'),
    },
  },
  test: {
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node', globalSetup: ['tests/support/scratch-tmp.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['tests/integration/**/*.test.ts'],
          environment: 'node',
          maxWorkers: integrationWorkers,
          // Its own group, after the unit files: Vitest refuses projects of one group with different maxWorkers.
          sequence: { groupOrder: 1 },
          // The database first: initdb runs as the postgres user, which cannot read root's private scratch dir.
          globalSetup: ['tests/integration/global-setup.ts', 'tests/support/scratch-tmp.ts'],
          setupFiles: ['tests/integration/setup.ts'],
          // next-auth imports "next/server" without an extension, which Node's ESM loader refuses;
          // through Vite it resolves as in the app's build.
          server: { deps: { inline: ['next-auth'] } },
          testTimeout: 60_000,
          hookTimeout: 120_000,
        },
      },
    ],
  },
});
