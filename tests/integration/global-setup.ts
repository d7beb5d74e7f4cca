// Starts a PostgreSQL for the integration tests (embedded, its own data dir and port) or uses a
// local TEST_DATABASE_URL, recreates the test database, applies every migration, and hands the URL
// to the test workers.
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@/lib/db/embedded-postgres';
import { applyMigrations } from '@/lib/db/migrations';
import { assertLocalDatabaseUrl } from './db-url-guard';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

const TEST_DATABASE = 'eoffice_test';

async function recreateDatabase(serverUrl: string, database: string): Promise<string> {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${database}" WITH (FORCE)`);
    await client.query(`CREATE DATABASE "${database}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

let server: EmbeddedDatabase | null = null;

export default async function setup(project: TestProject) {
  try {
    return await prepare(project);
  } catch (error) {
    // Vitest 4 reports an error thrown here but still exits 0 ("no test files"), which would let CI
    // pass without a single integration test; end the run with a failure instead.
    console.error('Integration tests cannot start:', error instanceof Error ? error.message : error);
    await server?.stop().catch(() => undefined);
    process.exit(1);
  }
}

async function prepare(project: TestProject) {
  let serverUrl = process.env.TEST_DATABASE_URL;
  if (serverUrl) {
    assertLocalDatabaseUrl(serverUrl);
  } else {
    server = await startEmbeddedPostgres({
      dataDir: process.env.TEST_PG_DIR ?? '.data/test-postgres',
      port: Number(process.env.TEST_PG_PORT ?? 5434),
      database: 'postgres',
    });
    serverUrl = server.url;
  }
  const url = await recreateDatabase(serverUrl, TEST_DATABASE);
  await applyMigrations(url);
  project.provide('databaseUrl', url);

  return async () => {
    await server?.stop();
  };
}
