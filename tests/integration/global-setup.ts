// Starts a PostgreSQL for the integration tests (embedded, its own data dir and port) or uses a
// local TEST_DATABASE_URL, recreates the test database, applies every migration, then copies it
// into one database per test worker, so files running at the same time never see each other's rows.
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '@/lib/db/embedded-postgres';
import { applyMigrations } from '@/lib/db/migrations';
import { assertLocalDatabaseUrl } from './db-url-guard';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The database of worker n (VITEST_POOL_ID, 1-based) at index n - 1. */
    workerDatabaseUrls: string[];
  }
}

const TEMPLATE_DATABASE = 'eoffice_test';
const workerDatabase = (poolId: number) => `${TEMPLATE_DATABASE}_${poolId}`;

function databaseUrl(serverUrl: string, database: string): string {
  const url = new URL(serverUrl);
  url.pathname = `/${database}`;
  return url.toString();
}

async function withAdmin<T>(serverUrl: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: databaseUrl(serverUrl, 'postgres') });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Drops the template and every worker database a run (of any worker count) left behind. */
async function dropTestDatabases(serverUrl: string): Promise<void> {
  await withAdmin(serverUrl, async (client) => {
    const { rows } = await client.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname = $1 OR datname ~ $2`, [TEMPLATE_DATABASE, `^${TEMPLATE_DATABASE}_[0-9]+$`]);
    for (const { datname } of rows) await client.query(`DROP DATABASE "${datname}" WITH (FORCE)`);
  });
}

/** One copy of the migrated template per worker: CREATE DATABASE ... TEMPLATE copies files, no migrations run again. */
async function createWorkerDatabases(serverUrl: string, workers: number): Promise<string[]> {
  return withAdmin(serverUrl, async (client) => {
    const urls: string[] = [];
    for (let poolId = 1; poolId <= workers; poolId++) {
      await client.query(`CREATE DATABASE "${workerDatabase(poolId)}" TEMPLATE "${TEMPLATE_DATABASE}"`);
      urls.push(databaseUrl(serverUrl, workerDatabase(poolId)));
    }
    return urls;
  });
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
  await dropTestDatabases(serverUrl);
  await withAdmin(serverUrl, (client) => client.query(`CREATE DATABASE "${TEMPLATE_DATABASE}"`));
  // applyMigrations closes its connections: a template must have none when it is copied.
  await applyMigrations(databaseUrl(serverUrl, TEMPLATE_DATABASE));
  // vitest.config.ts always sets the project's maxWorkers, so this is the pool's real size.
  project.provide('workerDatabaseUrls', await createWorkerDatabases(serverUrl, project.config.maxWorkers));

  return async () => {
    await server?.stop();
  };
}
