// Runs in every test worker before the test file is imported: lib/db connects on first use, so
// setting DATABASE_URL here points every service at the test database.
import { inject } from 'vitest';

process.env.DATABASE_URL = inject('databaseUrl');

// Uploaded files of the tests go to a throw-away directory, never the demo's .data/files.
process.env.STORAGE_DRIVER = 'local';
process.env.STORAGE_DIR ??= `${process.env.TMPDIR ?? '/tmp'}/eoffice-test-files-${process.pid}`;

// Verification runs in the worker pool with a 3 s budget; the shared test machine can be far slower
// than a server, so tests give it more (the budget itself is tested with an explicit timeoutMs).
process.env.UNTRUSTED_TASK_TIMEOUT_MS ??= '60000';
