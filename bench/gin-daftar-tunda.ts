// What a GIN index's pending list costs the searches, and what keeping it short costs the writes
// (migration gin_daftar_tunda_kecil). For PostgreSQL's default limit (4 MB) and the project's (128 kB):
// letters are updated as giving a disposisi does (a new reader post: every GIN entry of the letter is
// written again), then a search reads the combined word + readers index, pending list included.
// Leaves the indexes as the migration sets them and every letter as it found it. Prints figures.
//   npx tsx bench/gin-daftar-tunda.ts     (BENCH_LETTERS=10000 for the small database; BENCH_UPDATES=2000)
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startBenchDatabase } from './bench-database';

const UPDATES = Number(process.env.BENCH_UPDATES ?? 2000);
const SEARCHES = 200;
const LIMITS_KB = [4096, 128, 4096, 128];
const PROJECT_LIMIT_KB = 128;
/** A post no letter names: added to, then removed from, the same letters. */
const TAMU = '00000000-0000-7000-8000-00000000beef';

const db = await startBenchDatabase();
const sql = new pg.Client({ connectionString: db.url });
await sql.connect();
try {
  await sql.query('CREATE EXTENSION IF NOT EXISTS pgstattuple');
  const gin = (await sql.query<{ name: string }>(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'gin' AND c.relkind = 'i'`,
  )).rows.map((r) => r.name);
  const letters = (await sql.query<{ id: string; post: string }>(
    `SELECT id, "pembacaJabatanIds"[1] AS post FROM "Naskah" WHERE cardinality("pembacaJabatanIds") > 0 ORDER BY id LIMIT $1`,
    [UPDATES],
  )).rows;
  const post = letters[0]!.post;
  const results: string[] = [];
  for (const [round, limit] of LIMITS_KB.entries()) {
    for (const name of gin) {
      await sql.query(`ALTER INDEX "${name}" SET (gin_pending_list_limit = ${limit})`);
      await sql.query(`SELECT gin_clean_pending_list('"${name}"'::regclass)`);
    }
    // Even rounds add the post, odd rounds take it away again.
    const change = round % 2 === 0 ? `"pembacaJabatanIds" || $2::uuid` : `array_remove("pembacaJabatanIds", $2::uuid)`;
    let t0 = performance.now();
    for (const l of letters) await sql.query(`UPDATE "Naskah" SET "pembacaJabatanIds" = ${change} WHERE id = $1::uuid`, [l.id, TAMU]);
    const updateMs = (performance.now() - t0) / letters.length;
    const pending = (await sql.query<{ pages: number }>(
      `SELECT coalesce(sum((pgstatginindex(c.oid)).pending_pages), 0)::int AS pages FROM pg_class c WHERE c.relname = ANY ($1)`,
      [gin],
    )).rows[0]!.pages;
    const cari = (await sql.query<{ pages: number }>(`SELECT (pgstatginindex('"Naskah_cari_pembacaJabatanIds_idx"')).pending_pages AS pages`)).rows[0]!.pages;
    // A rare word (the GIN way, not the date walk), as the search page sends it.
    const search = `SELECT count(*) FROM "Naskah" WHERE cari @@ to_tsquery('simple', 'wonorejo:*') AND "pembacaJabatanIds" && ARRAY[$1::uuid]`;
    for (let i = 0; i < 10; i++) await sql.query(search, [post]);
    t0 = performance.now();
    for (let i = 0; i < SEARCHES; i++) await sql.query(search, [post]);
    const searchMs = (performance.now() - t0) / SEARCHES;
    const line = `limit ${limit} kB: update ${updateMs.toFixed(2)} ms, pending ${pending} pages (${cari} on the word index), search ${searchMs.toFixed(2)} ms`;
    console.log(line);
    results.push(line);
  }
  console.log(`gin-daftar-tunda: ${results.slice(-2).join('; ')}`);
} finally {
  for (const name of (await sql.query<{ name: string }>(`SELECT c.relname AS name FROM pg_class c JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'gin' AND c.relkind = 'i'`)).rows) {
    await sql.query(`ALTER INDEX "${name.name}" SET (gin_pending_list_limit = ${PROJECT_LIMIT_KB})`);
    await sql.query(`SELECT gin_clean_pending_list('"${name.name}"'::regclass)`);
  }
  await sql.query('DROP EXTENSION IF EXISTS pgstattuple');
  await sql.end();
  await db.stop();
}
