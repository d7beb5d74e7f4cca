// One rule for every entry point (demo, dev, start, seed, migrate): DATABASE_URL wins; without it,
// an embedded PostgreSQL under .data/ is started.
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';
import { DatabaseConfigError } from './client';

export interface ResolvedDatabase {
  url: string;
  embedded: boolean;
  stop(): Promise<void>;
}

export const DEFAULT_EMBEDDED = {
  dataDir: process.env.EMBEDDED_PG_DIR ?? '.data/postgres',
  port: Number(process.env.EMBEDDED_PG_PORT ?? 5433),
  database: process.env.EMBEDDED_PG_DATABASE ?? 'eoffice',
};

/** Fails with one line naming DATABASE_URL when the server cannot be reached. */
export async function assertReachable(url: string): Promise<void> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseConfigError('DATABASE_URL is not a valid URL (expected postgresql://user:password@host:5432/database).');
  }
  if (!['postgres:', 'postgresql:'].includes(parsed.protocol)) {
    throw new DatabaseConfigError('DATABASE_URL must start with postgresql:// (only PostgreSQL is supported).');
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
    throw new DatabaseConfigError(`DATABASE_URL points at ${parsed.host}${parsed.pathname}, which cannot be reached: ${reason}`);
  } finally {
    await client.end().catch(() => {});
  }
}

export async function resolveDatabase(options: { verbose?: boolean } = {}): Promise<ResolvedDatabase> {
  const url = process.env.DATABASE_URL;
  if (url) {
    await assertReachable(url);
    return { url, embedded: false, stop: async () => {} };
  }
  const db = await startEmbeddedPostgres({ ...DEFAULT_EMBEDDED, verbose: options.verbose });
  return { url: db.url, embedded: true, stop: db.stop };
}
