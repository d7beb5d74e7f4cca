// Runs in every test worker before the test file is imported: lib/db connects on first use, so
// setting DATABASE_URL here points every service at this worker's own copy of the test database
// (global-setup.ts made one per worker; Vitest numbers the workers 1..maxWorkers in VITEST_POOL_ID).
import { inject } from 'vitest';

const poolId = Number(process.env.VITEST_POOL_ID);
const workerDatabaseUrl = inject('workerDatabaseUrls')[poolId - 1];
if (!workerDatabaseUrl) throw new Error(`No test database for worker ${process.env.VITEST_POOL_ID}: global-setup.ts made ${inject('workerDatabaseUrls').length}.`);
process.env.DATABASE_URL = workerDatabaseUrl;

// Uploaded files of the tests go to a throw-away directory, never the demo's .data/files.
process.env.STORAGE_DRIVER = 'local';
process.env.STORAGE_DIR ??= `${process.env.TMPDIR ?? '/tmp'}/eoffice-test-files-${process.pid}`;

// The mock CA of the tests too (whatever the shell says): a file that verifies against the mock CA's
// root or signs through the default signer would otherwise create or reuse the demo's .data/ca.
// Files that need a CA of their own still point MOCK_CA_DIR elsewhere themselves.
process.env.MOCK_CA_DIR = `${process.env.TMPDIR ?? '/tmp'}/eoffice-test-ca-${process.pid}`;

// Verification runs in the worker pool with a 3 s budget; the shared test machine can be far slower
// than a server, so tests give it more (the budget itself is tested with an explicit timeoutMs).
process.env.UNTRUSTED_TASK_TIMEOUT_MS ??= '60000';
