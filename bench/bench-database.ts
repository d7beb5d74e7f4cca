// The benchmark's own embedded PostgreSQL: its own data directory and port, never the demo's, the
// e2e server's or the integration tests' database (a million letters there would slow every test).
// Each volume has its own data directory (1M in .data/bench-postgres, others in
// .data/bench-postgres-<letters>), so a 10k and a 1M database sit side by side.
import os from 'node:os';
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { applyMigrations } from '@/lib/db/migrations';
import { LAPORAN_ROLLUPS } from '@/lib/jobs/refresh-laporan';

export const BENCH_LETTERS = Number(process.env.BENCH_LETTERS ?? 1_000_000);

/**
 * shared_buffers as a production server is set up (a quarter of the memory, PostgreSQL's own advice,
 * at most 8 GB): the embedded default of 128 MB holds a few people's working set of the 1M
 * database, so fifty different people searching re-read every page from the OS cache.
 * BENCH_PG_SHARED_BUFFERS=128MB measures the default.
 */
export const BENCH_SHARED_BUFFERS = process.env.BENCH_PG_SHARED_BUFFERS ?? `${Math.min(8192, Math.floor(os.totalmem() / 4 / 2 ** 20))}MB`;

export function benchDatabase(letters = BENCH_LETTERS) {
  return {
    dataDir: process.env.BENCH_PG_DIR ?? (letters === 1_000_000 ? '.data/bench-postgres' : `.data/bench-postgres-${letters}`),
    port: Number(process.env.BENCH_PG_PORT ?? 5439),
    database: 'eoffice_bench',
    settings: { shared_buffers: BENCH_SHARED_BUFFERS },
  };
}

export async function startBenchDatabase(letters = BENCH_LETTERS) {
  if (process.env.DATABASE_URL) console.warn('DATABASE_URL is ignored: the benchmark always uses its own embedded database.');
  const db = await startEmbeddedPostgres(benchDatabase(letters));
  await applyMigrations(db.url);
  // lib/db connects on first use, so services called after this talk to the bench database.
  process.env.DATABASE_URL = db.url;
  return db;
}

/**
 * Brings the report rollups up to date, as the job queue's perbarui-laporan does every 5 minutes.
 * A freshly seeded database has every month of kinerja to recompute (24 s of a core at 1M): the
 * server's job worker started it during every bench:load run and was stopped with the server before
 * it could commit, so each run measured its pages next to it. `semua`: recompute all of history.
 */
export async function refreshBenchLaporan(sql: { query(text: string, params?: unknown[]): Promise<unknown> }, semua = false): Promise<number> {
  const t0 = performance.now();
  await sql.query(`SELECT laporan.segarkan(r, $2) FROM unnest($1::text[]) WITH ORDINALITY AS u(r, i) ORDER BY i`, [[...LAPORAN_ROLLUPS], semua]);
  return performance.now() - t0;
}
