import pg from 'pg';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '@/lib/generated/prisma/client';
import { startBenchDatabase } from './bench-database';
const db = await startBenchDatabase(Number(process.env.L ?? 10000));
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }), log: [{ emit: 'event', level: 'query' }] });
const queries: { q: string; p: string }[] = [];
(prisma as any).$on('query', (e: any) => queries.push({ q: e.query, p: e.params }));
const c = new pg.Client(db.url); await c.connect();
const { rows: [k] } = await c.query(`SELECT pj."jabatanId" FROM "PenugasanJabatan" pj JOIN "Pegawai" p ON p.id=pj."pegawaiId" WHERE p.nip='197006171996031002' LIMIT 1`);
const now = new Date();
await prisma.penerimaDisposisi.findMany({
  where: { dariJabatanId: k.jabatanId, status: { in: ['BELUM_DIBACA', 'DIBACA', 'DITINDAKLANJUTI'] }, batasWaktu: { lt: now }, disposisi: { ditarikAt: null } },
  orderBy: [{ batasWaktu: 'asc' }, { id: 'asc' }], take: 20,
  select: { id: true, status: true, batasWaktu: true, jabatan: { select: { nama: true } }, disposisi: { select: { naskah: { select: { id: true, perihal: true } } } } },
});
for (const q of queries) {
  console.log(q.q, q.p);
  const params = JSON.parse(q.p);
  const plan = await c.query('EXPLAIN (ANALYZE, BUFFERS) ' + q.q, params.map((x: any) => (x && typeof x === 'object' && 'value' in x ? x.value : x)));
  console.log(plan.rows.map((r) => r['QUERY PLAN']).join('\n'));
}
await c.end(); await prisma.$disconnect(); await db.stop();
