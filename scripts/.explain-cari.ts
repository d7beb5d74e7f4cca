import pg from 'pg';
import { startBenchDatabase } from '../bench/bench-database';
const db = await startBenchDatabase();
const { prisma } = await import('@/lib/db');
const { demoAccount } = await import('@/prisma/seed/demo-accounts');
const { loadActor } = await import('@/lib/services/auth/load-actor');
const { cariSuratSql } = await import('@/lib/services/cari/cari-surat');
const { cariFilterSchema } = await import('@/lib/domain/cari/filter');
const sql = new pg.Client({ connectionString: db.url }); await sql.connect();
try {
  const p = await prisma.pegawai.findUniqueOrThrow({ where: { nip: demoAccount('kepala').nip }, select: { id: true } });
  const actor = (await loadActor(p.id))!;
  for (const q of process.argv.slice(2)) {
    const query = cariSuratSql(actor, cariFilterSchema.parse({ q }));
    await sql.query(query.text, query.values);
    const plan = await sql.query(`EXPLAIN (ANALYZE, BUFFERS) ${query.text}`, query.values);
    const lines = plan.rows.map((r) => r['QUERY PLAN'] as string);
    console.log(`== ${q}`);
    console.log(lines.filter((l) => /Index|Bitmap|Seq Scan|Execution|Hash Join|Nested|Semi/.test(l)).slice(0, 25).join('\n'));
  }
} finally { await sql.end(); await prisma.$disconnect(); await db.stop(); }
