// What a konsep autosave costs the database when the letter has a long lampiran: a naskah with
// 1,000,000 characters of file text (the bound, a bansos recipient list) has its konten updated as
// the editor's autosave does (every 1.5 s while the drafter types), and next to it what the
// trigger's parse of all the letter's text costs alone (eoffice_dokumen_cari). The rest of an
// update is writing the new search document (TOAST) and all its words into the GIN index again (a
// new row version). Inside one transaction, rolled back. Prints medians; asserts nothing.
//   npx tsx bench/autosave-berkas.ts     (BENCH_LETTERS=10000 for the small database; BENCH_AUTOSAVES=20)
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { startBenchDatabase } from './bench-database';

const AUTOSAVES = Number(process.env.BENCH_AUTOSAVES ?? 20);

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const db = await startBenchDatabase();
const sql = new pg.Client({ connectionString: db.url });
await sql.connect();
try {
  await sql.query('BEGIN');
  // A recipient list as a bansos lampiran carries it: numbers, NIKs and names, each a word.
  const { rows: [naskah] } = await sql.query<{ id: string }>(
    `UPDATE "Naskah" SET "teksBerkas" = (SELECT left(string_agg(i || ' ' || (3201000000000000 + i * 7919) || ' Penerima ' || i || ' desa' || (i % 977), ' '), 1000000) FROM generate_series(1, 40000) i)
     WHERE id = (SELECT id FROM "Naskah" WHERE "sumber" = 'INTERNAL' ORDER BY id LIMIT 1) RETURNING id`,
  );
  const { rows: [{ panjang }] } = await sql.query<{ panjang: number }>(`SELECT length("teksBerkas") AS panjang FROM "Naskah" WHERE id = $1`, [naskah!.id]);
  const update: number[] = [];
  const parse: number[] = [];
  for (let i = 0; i < AUTOSAVES; i++) {
    let t0 = performance.now();
    await sql.query(`UPDATE "Naskah" SET "konten" = jsonb_build_object('pembuka', 'Dengan hormat, perubahan ke-' || $2::int) WHERE id = $1`, [naskah!.id, i]);
    update.push(performance.now() - t0);
    t0 = performance.now();
    await sql.query(`SELECT eoffice_dokumen_cari("nomor", "nomorAgenda", "perihal", "pengirimNama", "teksPenerima", "blokTandaTangan", "konten", "teksBerkas") IS NULL FROM "Naskah" WHERE id = $1`, [naskah!.id]);
    parse.push(performance.now() - t0);
  }
  console.log(`autosave-berkas: ${panjang.toLocaleString('en')} characters of file text, ${AUTOSAVES} autosaves: update of konten median ${median(update).toFixed(1)} ms, of which the parse of all the text about ${median(parse).toFixed(1)} ms`);
} finally {
  await sql.query('ROLLBACK');
  await sql.end();
  await db.stop();
}
