import { defineConfig } from 'vitest/config';
import path from 'node:path';

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
