// Named (prepared) statements on the 1M-letter bench database (lib/db/statement-name.ts): each query
// marked `/* prepared */` is timed planned per run (pg's unnamed statement) against prepared (named;
// PostgreSQL's generic plan after five runs), for a few letters, the largest disposisi tree and a
// letter with none; and the search, which is NOT marked, prepared on one person's search and run for
// another's of the same SQL, to show why a query whose best plan depends on its values must not be.
// Figures only; asserts nothing.
//   npx tsx --conditions=react-server bench/prepared-statements.ts
// Before marking another query, add it here and check the named column never loses. Also timed: the
// actor's statement (lib/services/auth/load-actor.ts) that every signed-in page runs, and the disposisi
// form's options (lib/services/disposisi/list-disposisi-options.ts) on a letter page, and the worklist
// counts (lib/services/beranda/count-worklists.ts) behind every page's badges.
import pg from 'pg';
import { prisma } from '@/lib/db';
import { demoAccount, type DemoAccountKey } from '@/prisma/seed/demo-accounts';
import { actorSql, loadActor } from '@/lib/services/auth/load-actor';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { susunCariSurat } from '@/lib/services/cari/cari-surat';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { disposisiTreeSql } from '@/lib/services/disposisi/read-disposisi-tree';
import { headSql } from '@/lib/services/surat-masuk/open-surat';
import { disposisiMasukSql } from '@/lib/services/disposisi/list-disposisi-masuk';
import { BARIS_PER_HALAMAN } from '@/lib/domain/daftar/halaman';
import type { DisposisiMasukKursor } from '@/lib/domain/disposisi/masuk-cursor';
import { disposisiTerlambatSql } from '@/lib/services/disposisi/list-disposisi-terlambat';
import { disposisiOptionsSql } from '@/lib/services/disposisi/list-disposisi-options';
import { worklistCountsSql } from '@/lib/services/beranda/count-worklists';
import type { Prisma } from '@/lib/generated/prisma/client';
import { BENCH_LETTERS, startBenchDatabase } from './bench-database';

const RUNS = 15;
const db = await startBenchDatabase(BENCH_LETTERS);
process.env.DATABASE_URL = db.url;
const sql = new pg.Client({ connectionString: db.url });
await sql.connect();
let statement = 0;

/** Median ms of RUNS runs of one statement, unnamed or under a fresh name (so its own plan cache). */
async function median(query: Prisma.Sql, named: boolean): Promise<number> {
  const name = named ? `bench${statement++}` : undefined;
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await sql.query({ name, text: query.text, values: query.values });
    times.push(performance.now() - t);
  }
  return times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!;
}

try {
  const { rows: biggest } = await sql.query<{ id: string; n: string }>(`SELECT "naskahId" AS id, count(*) AS n FROM "Disposisi" GROUP BY 1 ORDER BY 2 DESC LIMIT 1`);
  const { rows: sample } = await sql.query<{ id: string }>(`SELECT "naskahId" AS id FROM "Disposisi" ORDER BY md5(id::text) LIMIT 3`);
  const letters = [...sample.map((r) => [r.id, 'a letter']), [biggest[0]!.id, `the largest tree (${biggest[0]!.n} disposisi)`], ['00000000-0000-0000-0000-000000000000', 'no disposisi']];
  console.log(`prepared statements: median of ${RUNS} runs on one connection, ms (planned per run / prepared)`);
  const tree: [number, number][] = [];
  for (const [id, label] of letters) {
    const pair: [number, number] = [await median(disposisiTreeSql(id!), false), await median(disposisiTreeSql(id!), true)];
    tree.push(pair);
    console.log(`  disposisi tree, ${label!.padEnd(34)} ${pair[0].toFixed(2).padStart(8)} / ${pair[1].toFixed(2).padStart(8)}`);
  }
  // The generic plan is made once; it must hold for the largest tree after small ones made it.
  const warm = `bench${statement++}`;
  for (let i = 0; i < 10; i++) await sql.query({ name: warm, ...(({ text, values }) => ({ text, values }))(disposisiTreeSql(sample[i % sample.length]!.id)) });
  const t = performance.now();
  const large = disposisiTreeSql(biggest[0]!.id);
  await sql.query({ name: warm, text: large.text, values: large.values });
  console.log(`  disposisi tree, largest after a generic plan made on small ones: ${(performance.now() - t).toFixed(2)} ms`);

  // The actor (every signed-in page): each person with their newest open session, as a page asks.
  const actorPairs: [number, number][] = [];
  const now = new Date();
  for (const who of ['kepala', 'pencatat', 'staf', 'admin'] as DemoAccountKey[]) {
    const pegawai = await prisma.pegawai.findFirstOrThrow({ where: { email: demoAccount(who).email } });
    const sesi = await prisma.sesi.findFirst({ where: { pegawaiId: pegawai.id, berakhirPada: null, kedaluwarsa: { gt: now } }, orderBy: { dibuatPada: 'desc' } });
    const query = actorSql(pegawai.id, sesi?.id ?? null, now, calendarDay(now));
    const pair: [number, number] = [await median(query, false), await median(query, true)];
    actorPairs.push(pair);
    console.log(`  actor, ${who}${sesi ? ' with its session' : ''}`.padEnd(50) + `${pair[0].toFixed(2).padStart(8)} / ${pair[1].toFixed(2).padStart(8)}`);
  }
  // The letter's head (every letter page), as people of each kind of reach open letters they may
  // and may not read.
  const headPairs: [number, number][] = [];
  const { rows: delivered } = await sql.query<{ id: string }>(`SELECT "naskahId" AS id FROM "Delivery" ORDER BY md5(id::text) LIMIT 3`);
  for (const who of ['kepala', 'kabid', 'pencatat', 'staf'] as DemoAccountKey[]) {
    const pegawai = await prisma.pegawai.findFirstOrThrow({ where: { email: demoAccount(who).email } });
    const actor = await loadActor(pegawai.id);
    if (!actor?.activePost) continue;
    const { rows: own } = await sql.query<{ id: string }>(`SELECT "naskahId" AS id FROM "Delivery" WHERE "jabatanId" = $1 ORDER BY md5(id::text) LIMIT 1`, [actor.activePost.jabatanId]);
    for (const { id } of [...own, ...delivered.slice(0, 1)]) {
      const query = headSql(actor, id);
      const pair: [number, number] = [await median(query, false), await median(query, true)];
      headPairs.push(pair);
      console.log(`  letter head, ${who}${own[0]?.id === id ? ', a letter of theirs' : ', any letter'}`.padEnd(50) + `${pair[0].toFixed(2).padStart(8)} / ${pair[1].toFixed(2).padStart(8)}`);
    }
  }
  // The Disposisi page: received (the posts with the most and the least) and overdue given.
  const disposisiPairs: [number, number][] = [];
  const { rows: receivers } = await sql.query<{ id: string; n: string }>(
    `(SELECT "jabatanId" AS id, count(*) AS n FROM "PenerimaDisposisi" GROUP BY 1 ORDER BY 2 DESC LIMIT 2) UNION ALL (SELECT "jabatanId", count(*) FROM "PenerimaDisposisi" GROUP BY 1 ORDER BY 2 LIMIT 1)`,
  );
  const { rows: givers } = await sql.query<{ id: string; n: string }>(
    `(SELECT "dariJabatanId" AS id, count(*) AS n FROM "PenerimaDisposisi" WHERE status IN ('BELUM_DIBACA', 'DIBACA', 'DITINDAKLANJUTI') AND "batasWaktu" < now() GROUP BY 1 ORDER BY 2 DESC LIMIT 2) UNION ALL (SELECT "dariJabatanId", count(*) FROM "PenerimaDisposisi" GROUP BY 1 ORDER BY 2 LIMIT 1)`,
  );
  for (const { id, n } of receivers) {
    const take = BARIS_PER_HALAMAN + 1;
    const pair: [number, number] = [await median(disposisiMasukSql(id, take), false), await median(disposisiMasukSql(id, take), true)];
    disposisiPairs.push(pair);
    console.log(`  disposisi received, a post with ${n}`.padEnd(50) + `${pair[0].toFixed(2).padStart(8)} / ${pair[1].toFixed(2).padStart(8)}`);
    // A later page: after the list's 300th row (page 11), as the page's cursor would carry it.
    const { rows: [at] } = await sql.query<{ s: DisposisiMasukKursor['s']; c: Date; id: string }>(
      `SELECT status AS s, "createdAt" AS c, id FROM "PenerimaDisposisi" WHERE "jabatanId" = $1 AND status <> 'DITARIK' ORDER BY status, "createdAt" DESC, id DESC OFFSET 299 LIMIT 1`,
      [id],
    );
    if (!at) continue;
    const setelah = { s: at.s, c: at.c.toISOString(), id: at.id };
    const later: [number, number] = [await median(disposisiMasukSql(id, take, setelah), false), await median(disposisiMasukSql(id, take, setelah), true)];
    disposisiPairs.push(later);
    console.log(`    the same post, page 11`.padEnd(50) + `${later[0].toFixed(2).padStart(8)} / ${later[1].toFixed(2).padStart(8)}`);
  }
  for (const { id, n } of givers) {
    const pair: [number, number] = [await median(disposisiTerlambatSql(id, now, 20), false), await median(disposisiTerlambatSql(id, now, 20), true)];
    disposisiPairs.push(pair);
    console.log(`  disposisi overdue, a giver of ${n}`.padEnd(50) + `${pair[0].toFixed(2).padStart(8)} / ${pair[1].toFixed(2).padStart(8)}`);
  }
  // The disposisi form's options (a letter page opened by a pejabat), for posts with many and few disposisi given.
  const optionPairs: [number, number][] = [];
  for (const who of ['kepala', 'kabid', 'plt'] as DemoAccountKey[]) {
    const pegawai = await prisma.pegawai.findFirstOrThrow({ where: { email: demoAccount(who).email } });
    const post = (await loadActor(pegawai.id))?.activePost;
    if (!post) continue;
    const query = disposisiOptionsSql(post.opdId, post.jabatanId, calendarDay(now));
    const pair: [number, number] = [await median(query, false), await median(query, true)];
    optionPairs.push(pair);
    console.log(`  disposisi options, ${who}`.padEnd(50) + `${pair[0].toFixed(2).padStart(8)} / ${pair[1].toFixed(2).padStart(8)}`);
  }

  // The worklist counts, for posts with thousands of unread letters and with few; then the kepala's
  // under a generic plan made on a staf's (near-empty) counts.
  const countPairs: [number, number][] = [];
  const countsOf = async (who: DemoAccountKey) => {
    const pegawai = await prisma.pegawai.findFirstOrThrow({ where: { email: demoAccount(who).email } });
    const actor = await loadActor(pegawai.id);
    return actor?.activePost ? worklistCountsSql(actor) : null;
  };
  for (const who of ['kepala', 'kabid', 'pencatat', 'staf'] as DemoAccountKey[]) {
    const query = await countsOf(who);
    if (!query) continue;
    const pair: [number, number] = [await median(query, false), await median(query, true)];
    countPairs.push(pair);
    console.log(`  worklist counts, ${who}`.padEnd(50) + `${pair[0].toFixed(2).padStart(8)} / ${pair[1].toFixed(2).padStart(8)}`);
  }
  const [fewCounts, manyCounts] = [await countsOf('staf'), await countsOf('kepala')];
  if (fewCounts && manyCounts) {
    const name = `bench${statement++}`;
    for (let i = 0; i < 6; i++) await sql.query({ name, text: fewCounts.text, values: fewCounts.values });
    const times: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t = performance.now();
      await sql.query({ name, text: manyCounts.text, values: manyCounts.values });
      times.push(performance.now() - t);
    }
    console.log(`  worklist counts, kepala after a generic plan made on a staf's: median ${times.sort((a, b) => a - b)[Math.floor(RUNS / 2)]!.toFixed(2)} ms`);
  }

  // The search, as a named statement would serve it: its plan made on one person's search, then run
  // for the others whose search has the same SQL (a generic plan is chosen from whoever primed it;
  // primed with the same person and words, it showed no loss, which misled).
  // Forty people holding a post, leaders first (as bench:load signs them in), each with common,
  // topical, rare and number searches. Lines are printed only for searches a borrowed plan made
  // twice as slow: one such run (stop 51) saw a shape go from 0.6 ms to 68 ms for every other post;
  // a freshly seeded database (stop 52) saw none, and 7% less time in all.
  const searches: { label: string; query: Prisma.Sql }[] = [];
  const { rows: people } = await sql.query<{ id: string; nama: string }>(
    `SELECT pj."pegawaiId" AS id, j.nama FROM "PenugasanJabatan" pj JOIN "Jabatan" j ON j.id = pj."jabatanId"
     WHERE pj.jenis = 'DEFINITIF' AND j.aktif AND (pj.selesai IS NULL OR pj.selesai >= current_date) ORDER BY j.level, pj."pegawaiId" LIMIT 40`,
  );
  for (const person of people) {
    const actor = await loadActor(person.id);
    if (!actor?.activePost) continue;
    for (const q of ['undangan', 'rapat', 'zzzlangka', '800', 'vaksinasi', '"pengelolaan sampah"', 'tanah', 'Wonorejo']) {
      searches.push({ label: `${person.nama.slice(0, 24)} ${q}`, query: await susunCariSurat(actor, cariFilterSchema.parse({ q })) });
    }
  }
  const [sumUnnamed, sumNamed] = [[0], [0]];
  let worst = 0;
  const shapes = new Map<string, typeof searches>();
  for (const s of searches) shapes.set(s.query.text, [...(shapes.get(s.query.text) ?? []), s]);
  for (const [text, [primer, ...others]] of shapes) {
    if (others.length === 0) continue;
    const name = `bench${statement++}`;
    for (let i = 0; i < 6; i++) await sql.query({ name, text, values: primer!.query.values });
    for (const other of others) {
      const timesNamed: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const t = performance.now();
        await sql.query({ name, text, values: other.query.values });
        timesNamed.push(performance.now() - t);
      }
      const [unnamed, named] = [await median(other.query, false), timesNamed.sort((x, y) => x - y)[Math.floor(RUNS / 2)]!];
      worst = Math.max(worst, named / unnamed);
      sumUnnamed[0]! += unnamed;
      sumNamed[0]! += named;
      if (named > 2 * unnamed) console.log(`  search (not marked), ${other.label} after ${primer!.label}`.padEnd(70) + `${unnamed.toFixed(2).padStart(8)} / ${named.toFixed(2).padStart(8)}`);
    }
  }
  const p50 = (pairs: [number, number][], i: 0 | 1) => pairs.map((p) => p[i]).sort((a, b) => a - b)[Math.floor(pairs.length / 2)]!;
  console.log(
    `prepared: tree p50 ${p50(tree, 0).toFixed(2)} ms planned, ${p50(tree, 1).toFixed(2)} ms prepared; ` +
      `actor p50 ${p50(actorPairs, 0).toFixed(2)} ms planned, ${p50(actorPairs, 1).toFixed(2)} ms prepared; ` +
      `letter head p50 ${p50(headPairs, 0).toFixed(2)} ms planned, ${p50(headPairs, 1).toFixed(2)} ms prepared; ` +
      `Disposisi lists p50 ${p50(disposisiPairs, 0).toFixed(2)} ms planned, ${p50(disposisiPairs, 1).toFixed(2)} ms prepared; ` +
      `options p50 ${p50(optionPairs, 0).toFixed(2)} ms planned, ${p50(optionPairs, 1).toFixed(2)} ms prepared; ` +
      `counts p50 ${p50(countPairs, 0).toFixed(2)} ms planned, ${p50(countPairs, 1).toFixed(2)} ms prepared; ` +
      `search ${sumUnnamed[0]!.toFixed(0)} ms planned, ${sumNamed[0]!.toFixed(0)} ms prepared in all, up to ${worst.toFixed(1)}x slower`,
  );
} finally {
  await sql.end();
  await prisma.$disconnect();
  await db.stop();
}
