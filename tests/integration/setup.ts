// Runs in every test worker before the test file is imported: lib/db connects on first use, so
// setting DATABASE_URL here points every service at the test database.
import { inject } from 'vitest';

process.env.DATABASE_URL = inject('databaseUrl');
