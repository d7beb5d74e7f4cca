// Search and worklist counters on the volume made by `npm run bench:seed` (realistic Indonesian hal,
// bodies and numbers, bench/seed/indonesian-text.ts). For each kind of search a person types, the
// service (cariSurat, what the /cari page runs) is timed next to the same SQL sent raw, and EXPLAIN
// shows which indexes the plan uses. Prints figures; asserts nothing.
//   npm run bench:search          (BENCH_RUNS=100 for more samples; BENCH_SEARCH_ONLY=<part of a name> for some)
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { prisma } from '@/lib/db';
import { demoAccount } from '@/prisma/seed/demo-accounts';
import { loadActor } from '@/lib/services/auth/load-actor';
import { Prisma } from '@/lib/generated/prisma/client';
import { countWorklists } from '@/lib/services/beranda/count-worklists';
import { cariSurat, susunCariLain, susunCariSurat } from '@/lib/services/cari/cari-surat';
import { countPerluVerifikasi } from '@/lib/services/naskah/list-naskah-worklist';
import { naskahReadableLewatPembacaSql, naskahReadableSql } from '@/lib/authz/scope-sql';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { rencanaCari } from '@/lib/domain/cari/query';
import { startBenchDatabase } from './bench-database';

const RUNS = Number(process.env.BENCH_RUNS ?? 40);
const WARMUP = Number(process.env.BENCH_WARMUP ?? 5);
/** A measurement stops early (after at least 3 samples) once it has taken this long. */
const BUDGET_MS = Number(process.env.BENCH_BUDGET_MS ?? 60_000);
const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

async function time(run: () => Promise<unknown>): Promise<{ p50: number; p95: number; n: number }> {
  const [result] = await timePair(run);
  return result;
}

/** CPU time the raw connection's backend has used, from /proc: what load on the machine does not inflate. */
function backendCpuMs(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS;
}

type Timing = { p50: number; p95: number; n: number };

/**
 * Times the service and the raw SQL in alternation, so both see the same load and the same cache:
 * measured one after the other, the first of the two was 2-3x slower on this shared machine.
 */
async function timePair(service: () => Promise<unknown>, raw?: () => Promise<unknown>): Promise<[Timing, Timing, number]> {
  for (let i = 0; i < WARMUP; i++) {
    await service();
    await raw?.();
  }
  const a: number[] = [];
  const b: number[] = [];
  let cpu = 0;
  const start = performance.now();
  for (let i = 0; i < RUNS && (i < 3 || performance.now() - start < BUDGET_MS); i++) {
    let t0 = performance.now();
    await service();
    a.push(performance.now() - t0);
    if (!raw) continue;
    const c0 = backendCpuMs(backendPid);
    t0 = performance.now();
    await raw();
    b.push(performance.now() - t0);
    cpu += backendCpuMs(backendPid) - c0;
  }
  const stats = (samples: number[]): Timing => {
    const sorted = samples.sort((x, y) => x - y);
    return sorted.length ? { p50: percentile(sorted, 50), p95: percentile(sorted, 95), n: sorted.length } : { p50: 0, p95: 0, n: 0 };
  };
  return [stats(a), stats(b), b.length ? cpu / b.length : 0];
}

const SEARCHES = [
  { name: 'rare term (one desa of 2,000)', q: 'Wonorejo' },
  { name: 'common term', q: 'koordinasi' },
  { name: 'number fragment', q: '/BAPPEDA/2026' },
  { name: 'number part', q: '0157' },
  { name: 'two-word phrase', q: '"pengelolaan sampah"' },
  // The same common word for posts that read through another rule: disposisi (kabid), the OPD's register (pencatat).
  { name: 'common term, as kabid', q: 'koordinasi', as: 'kabid' },
  { name: 'common term, as pencatat', q: 'koordinasi', as: 'pencatat' },
  // A word in 5% of letters: a pencatat walks the register first, their post's letters back to its date.
  { name: 'word in 5% of letters, as pencatat', q: 'vaksinasi', as: 'pencatat' },
  // A prefix of many desa names in catatan and reports (none in the statistics), and it beside another.
  { name: 'prefix of many desa names', q: 'tanah' },
  { name: 'two words each in 10%+ of letters', q: 'tanah kementerian' },
  // Words of disposisi catatan and reports (cariLainSql): "arahan" is in a third of all reports, the
  // letters' own words never hold it; "telaahan" is in catatan and reports; a desa name is rare there.
  { name: 'word in most reports', q: 'arahan' },
  { name: 'word in most reports, as kabid', q: 'arahan', as: 'kabid' },
  { name: 'word in most reports, as pencatat', q: 'arahan', as: 'pencatat' },
  { name: 'word in catatan and reports, as kabid', q: 'telaahan', as: 'kabid' },
  { name: 'rare word in reports, as kabid', q: 'peninjauan Wonorejo', as: 'kabid' },
  // A sekretaris walks two posts' letters, merged: their own and the pimpinan's deliveries.
  { name: 'common term, as sekretaris', q: 'undangan', as: 'sekretaris' },
  { name: 'word in 5% of letters, as sekretaris', q: 'vaksinasi', as: 'sekretaris' },
  // A classification code leads a tenth of the numbers: a number fragment whose word is common.
  { name: 'classification code', q: '800' },
  { name: 'classification code, as kabid', q: '800', as: 'kabid' },
  { name: 'classification code, as pencatat', q: '005', as: 'pencatat' },
  { name: 'classification code, as sekretaris', q: '900', as: 'sekretaris' },
] as const satisfies readonly { name: string; q: string; as?: 'kabid' | 'pencatat' | 'sekretaris' }[];

const db = await startBenchDatabase();
const sql = new pg.Client({ connectionString: db.url });
await sql.connect();
const backendPid = Number((await sql.query('SELECT pg_backend_pid() AS pid')).rows[0].pid);
try {
  const letters = Number((await sql.query(`SELECT count(*) AS n FROM "Naskah"`)).rows[0].n);
  const pegawai = await prisma.pegawai.findUniqueOrThrow({ where: { nip: demoAccount('kepala').nip }, select: { id: true } });
  const kepala = (await loadActor(pegawai.id))!;
  // No demo account is a sekretaris: the first person of the Kepala Dinas's OPD who reads for a superior (two walks, no register).
  const sekretaris = async () => {
    const holders = await prisma.penugasanJabatan.findMany({ where: { jenis: 'DEFINITIF', jabatan: { opdId: kepala.activePost!.opdId } }, select: { pegawaiId: true }, orderBy: { pegawaiId: 'asc' } });
    for (const { pegawaiId } of holders) {
      const actor = await loadActor(pegawaiId);
      const walks = actor && naskahReadableLewatPembacaSql(actor, 'p', 'n');
      if (walks?.length === 2 && !walks.some((w) => w.register)) return actor!;
    }
    throw new Error('no sekretaris (a post reading for a superior) in the Kepala Dinas OPD of the bench database');
  };
  const actorOf = async (key: 'kepala' | 'kabid' | 'pencatat' | 'sekretaris') =>
    key === 'kepala'
      ? kepala
      : key === 'sekretaris'
        ? await sekretaris()
        : (await loadActor((await prisma.pegawai.findUniqueOrThrow({ where: { nip: demoAccount(key).nip }, select: { id: true } })).id))!;
  const inbox = Number((await sql.query(`SELECT count(*) AS n FROM "Delivery" WHERE "jabatanId" = $1`, [kepala.activePost!.jabatanId])).rows[0].n);
  console.log(`Database: ${letters.toLocaleString('id-ID')} naskah; searching as ${kepala.activePost!.nama} (${inbox.toLocaleString('id-ID')} letters in the inbox, plus disposisi).`);
  console.log(`Load average at start: ${loadavg().map((l) => l.toFixed(1)).join(' ')} (2 cores shared with other agents: wall-clock figures are inflated).`);

  const rows: { name: string; service: Timing; raw: Timing; cpu: number; hits: number; visible: number }[] = [];
  for (const s of SEARCHES.filter((c) => c.name.includes(process.env.BENCH_SEARCH_ONLY ?? ''))) {
    const as = 'as' in s ? s.as : 'kepala';
    const actor = await actorOf(as);
    const filter = cariFilterSchema.parse({ q: s.q });
    const query = await susunCariSurat(actor, filter);
    const first = await cariSurat(actor, filter);
    const tsquery = rencanaCari(s.q).tsquery ?? 'x';
    const hits = Number((await sql.query(`SELECT count(*) AS n FROM "Naskah" n WHERE n."cari" @@ to_tsquery('simple', eoffice_unaccent($1))`, [tsquery])).rows[0].n);
    // How many of them the actor may open: the matches a visibility check per match had to visit.
    const readable = Prisma.sql`SELECT count(*) AS n FROM "Naskah" n WHERE n."cari" @@ to_tsquery('simple', eoffice_unaccent(${tsquery})) AND ${naskahReadableSql(actor, 'n')}`;
    const visible = Number((await sql.query(readable.text, readable.values)).rows[0].n);
    const [service, raw, cpu] = await timePair(() => cariSurat(actor, filter), () => sql.query(query.text, query.values));
    rows.push({ name: `${s.name}: ${s.q}`, service, raw, cpu, hits, visible });
    const plan = await sql.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${query.text}`, query.values);
    const lines = plan.rows.map((r) => r['QUERY PLAN'] as string);
    console.log(`\n== ${s.name}: q=${s.q} (${first.hasil.length} shown on page 1, about ${hits.toLocaleString('id-ID')} letters contain the words, ${visible.toLocaleString('id-ID')} of them readable by the ${as}) ==`);
    console.log(`SQL: ${query.text.replace(/\s+/g, ' ').slice(0, 600)}…`);
    console.log('EXPLAIN (index use):');
    for (const line of lines.filter((l) => /Index|Bitmap|Seq Scan|Execution Time|Planning Time/.test(l))) console.log(`  ${line.trim().slice(0, 240)}`);
    // The statement run before it: the letters found through disposisi catatan and reports.
    const lain = await susunCariLain(actor, filter);
    if (lain) {
      const lainPlan = await sql.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF) ${lain.text}`, lain.values);
      console.log('EXPLAIN of the catatan and reports statement (cariLainSql):');
      for (const r of lainPlan.rows) if (/Index|Bitmap|Seq Scan|Execution Time|Planning Time|rows=/.test(r['QUERY PLAN'] as string)) console.log(`  ${(r['QUERY PLAN'] as string).trim().slice(0, 240)}`);
    }
  }

  const kabid = await prisma.pegawai.findUniqueOrThrow({ where: { nip: demoAccount('kabid').nip }, select: { id: true } });
  const kabidActor = (await loadActor(kabid.id))!;
  const counters = { service: await time(() => countWorklists(kepala)), raw: await time(() => countPerluVerifikasi(kabidActor)) };
  const COUNT_SQL = `SELECT count(*) FROM "Naskah" WHERE "giliranJabatanId" = $1 AND "status" = 'VERIFIKASI'`;
  const countPlan = await sql.query(`EXPLAIN (ANALYZE, COSTS OFF) ${COUNT_SQL}`, [kabidActor.activePost!.jabatanId]);
  console.log('\n== Perlu Verifikasi counter ==');
  for (const r of countPlan.rows) console.log(`  ${(r['QUERY PLAN'] as string).trim().slice(0, 240)}`);

  const f = (ms: number) => ms.toFixed(1).padStart(7);
  console.log(`\nUp to ${RUNS} runs each (fewer once ${BUDGET_MS} ms are spent) after ${WARMUP} warm-up runs; milliseconds.`);
  console.log(`${'search'.padEnd(52)} service p50  p95 | raw SQL p50  p95 | server CPU/query`);
  for (const r of rows) console.log(`${r.name.padEnd(52)} ${f(r.service.p50)} ${f(r.service.p95)} | ${f(r.raw.p50)} ${f(r.raw.p95)} | ${f(r.cpu)}  (${r.service.n}/${r.raw.n} samples, ${r.hits.toLocaleString('id-ID')} letters contain the words, ${r.visible.toLocaleString('id-ID')} readable)`);
  console.log(`${'worklist counters (all, kepala) | Perlu Verifikasi'.padEnd(52)} ${f(counters.service.p50)} ${f(counters.service.p95)} | ${f(counters.raw.p50)} ${f(counters.raw.p95)}`);
  console.log(`Load average at end: ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  const max = Math.max(...rows.map((r) => r.service.p95));
  console.log(`search: max p95 ${max.toFixed(1)} ms at ${letters} letters`);
} finally {
  await sql.end();
  await prisma.$disconnect();
  await db.stop();
}
