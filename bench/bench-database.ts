// The benchmark's own embedded PostgreSQL: its own data directory and port, never the demo's, the
// e2e server's or the integration tests' database (a million letters there would slow every test).
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { applyMigrations } from '@/lib/db/migrations';

export const BENCH_DB = {
  dataDir: process.env.BENCH_PG_DIR ?? '.data/bench-postgres',
  port: Number(process.env.BENCH_PG_PORT ?? 5439),
  database: 'eoffice_bench',
};

export async function startBenchDatabase() {
  if (process.env.DATABASE_URL) console.warn('DATABASE_URL is ignored: the benchmark always uses its own embedded database.');
  const db = await startEmbeddedPostgres(BENCH_DB);
  await applyMigrations(db.url);
  // lib/db connects on first use, so services called after this talk to the bench database.
  process.env.DATABASE_URL = db.url;
  return db;
}
