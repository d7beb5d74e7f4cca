// Fills the benchmark database with the demo organisation plus 1,000,000 incoming letters (each
// delivered to its OPD's pimpinan, with a scan row) and 3,000,000 disposisi (each with one
// recipient) down real jabatan chains. Pure SQL with generate_series, in batches, so it takes
// minutes, not hours. Idempotent: batches already present are skipped.
//   npm run bench:seed            (BENCH_LETTERS=200000 for a smaller run)
import pg from 'pg';
import { createPrismaClient } from '@/lib/db/client';
import { seedDemo } from '@/prisma/seed/seed-demo';
import { startBenchDatabase } from './bench-database';
import { halSql, isiSql, nomorSql } from './seed/indonesian-text';

const LETTERS = Number(process.env.BENCH_LETTERS ?? 1_000_000);
const BATCH = 100_000;

const db = await startBenchDatabase();
const prisma = createPrismaClient(db.url);
const client = new pg.Client({ connectionString: db.url });
try {
  await seedDemo(prisma);
  await client.connect();
  await client.query(`SET synchronous_commit = off; SET work_mem = '64MB'; SET maintenance_work_mem = '256MB'`);

  // Chains pimpinan -> level 2 -> level 3 (-> level 4 when there is one) in every OPD: the paths
  // the 3 disposisi of each letter follow. Letters are spread over the OPDs in turn.
  await client.query(`
    DROP TABLE IF EXISTS bench_chain;
    CREATE UNLOGGED TABLE bench_chain AS
    SELECT row_number() OVER (ORDER BY k.id, j1.id, j2.id) - 1 AS ord,
           k."opdId" AS opd, k.id AS j0, j1.id AS j1, j2.id AS j2, (SELECT j3.id FROM "Jabatan" j3 WHERE j3."parentId" = j2.id ORDER BY j3.id LIMIT 1) AS j3
    FROM "Jabatan" k
    JOIN "Jabatan" j1 ON j1."parentId" = k.id
    JOIN "Jabatan" j2 ON j2."parentId" = j1.id
    WHERE k."isPimpinanOpd" AND k.aktif;
    DROP TABLE IF EXISTS bench_opd;
    CREATE UNLOGGED TABLE bench_opd AS
    SELECT row_number() OVER (ORDER BY opd) - 1 AS ord, opd, min(ord) AS first_chain, count(*) AS chains
    FROM bench_chain GROUP BY opd;`);
  const { rows } = await client.query<{ n: string }>(`SELECT count(*) AS n FROM bench_opd`);
  const opds = Number(rows[0].n);
  console.log(`${opds} OPD with disposisi chains; ${LETTERS.toLocaleString('id-ID')} surat to make.`);

  for (let start = 1; start <= LETTERS; start += BATCH) {
    const end = Math.min(start + BATCH - 1, LETTERS);
    const present = await client.query(`SELECT 1 FROM "Naskah" WHERE id = md5('bench-n-' || $1::text)::uuid`, [end]);
    if (present.rowCount) continue;
    const t0 = Date.now();
    await client.query('BEGIN');
    // k: the letter's number; its OPD is k mod opds; older letters have smaller k.
    await client.query(
      `CREATE TEMP TABLE bench_k ON COMMIT DROP AS
       SELECT k, o.opd, c.j0, c.j1, c.j2, c.j3,
              now() - ((${LETTERS} - k) * interval '40 seconds') AS at,
              (ARRAY['BIASA','BIASA','BIASA','SEGERA','SANGAT_SEGERA'])[1 + k % 5]::"DerajatKecepatan" AS kecepatan,
              CASE WHEN k % 20 = 0 THEN 'RAHASIA' ELSE 'BIASA' END::"KlasifikasiKeamanan" AS keamanan,
              -- The newest 2% are still unread; the rest were read an hour after delivery.
              k > ${LETTERS} * 0.98 AS baru
       FROM generate_series($1::int, $2::int) AS k
       JOIN bench_opd o ON o.ord = k % ${opds}
       JOIN bench_chain c ON c.ord = o.first_chain + (k / ${opds}) % o.chains`,
      [start, end],
    );
    await client.query(`
      INSERT INTO "Naskah" (id, "opdId", sumber, status, nomor, "tanggalNaskah", perihal, "klasifikasiKeamanan", "derajatKecepatan",
                            "nomorAgenda", "tahunAgenda", "tanggalDiterima", "pengirimNama", "createdAt", "updatedAt", "berkasUtamaId", "teksBerkas")
      SELECT md5('bench-n-' || k)::uuid, opd, 'EKSTERNAL', 'TERCATAT', ${nomorSql('k')}, at::date,
             ${halSql('k')}, keamanan, kecepatan, k, 2000, at,
             (ARRAY['Kementerian Dalam Negeri','Bappenas','BPK RI','Kementerian Kominfo','Universitas Nusa Indah'])[1 + k % 5],
             at, at, NULL, ${isiSql('k')} -- the scan's text layer, as the Berkas trigger would set it
      FROM bench_k;
      INSERT INTO "Berkas" (id, jenis, "storageKey", "namaFile", mime, ukuran, sha256, "naskahId", "createdAt")
      SELECT md5('bench-b-' || k)::uuid, 'PINDAI', 'bench/' || md5('bench-b-' || k) || '.pdf', 'pindaian.pdf', 'application/pdf', 120000, md5(k::text), md5('bench-n-' || k)::uuid, at
      FROM bench_k;
      UPDATE "Naskah" n SET "berkasUtamaId" = md5('bench-b-' || k)::uuid FROM bench_k WHERE n.id = md5('bench-n-' || k)::uuid;
      INSERT INTO "Delivery" (id, "naskahId", "jabatanId", "opdId", jenis, "klasifikasiKeamanan", "derajatKecepatan", "deliveredAt", "readAt")
      SELECT md5('bench-v-' || k)::uuid, md5('bench-n-' || k)::uuid, j0, opd, 'TUJUAN', keamanan, kecepatan, at, CASE WHEN baru THEN NULL ELSE at + interval '1 hour' END
      FROM bench_k;`);
    // Three disposisi per letter: pimpinan -> j1, j1 -> j2, then j2 -> j3 (or pimpinan -> j1 again).
    // Step by step, because each step's parent is the previous step's recipient row.
    for (const s of [1, 2, 3]) {
      await client.query(`
        INSERT INTO "Disposisi" (id, "naskahId", "deliveryId", "parentPenerimaId", "dariJabatanId", "dariPegawaiId", instruksi, "batasWaktu", "derajatKecepatan", "createdAt")
        SELECT md5('bench-d-' || k || '-${s}')::uuid, md5('bench-n-' || k)::uuid, md5('bench-v-' || k)::uuid,
               ${s === 1 ? 'NULL' : s === 2 ? "md5('bench-p-' || k || '-1')::uuid" : "CASE WHEN j3 IS NULL THEN NULL ELSE md5('bench-p-' || k || '-2')::uuid END"},
               ${s === 1 ? 'j0' : s === 2 ? 'j1' : 'CASE WHEN j3 IS NULL THEN j0 ELSE j2 END'},
               md5('bench-pegawai')::uuid, ARRAY['Untuk ditindaklanjuti'], at + interval '3 days', kecepatan, at + interval '${2 * s} hours'
        FROM bench_k;
        INSERT INTO "PenerimaDisposisi" (id, "disposisiId", "jabatanId", status, "readAt", "selesaiAt", "batasWaktu", "derajatKecepatan", "createdAt")
        SELECT md5('bench-p-' || k || '-${s}')::uuid, md5('bench-d-' || k || '-${s}')::uuid,
               ${s === 1 ? 'j1' : s === 2 ? 'j2' : 'coalesce(j3, j1)'},
               CASE WHEN baru THEN 'BELUM_DIBACA' ELSE 'SELESAI' END::"StatusDisposisi",
               CASE WHEN baru THEN NULL ELSE at + interval '${3 * s} hours' END,
               CASE WHEN baru THEN NULL ELSE at + interval '${s} days' END,
               at + interval '3 days', kecepatan, at + interval '${2 * s} hours'
        FROM bench_k;`);
    }
    await client.query('COMMIT');
    console.log(`surat ${start.toLocaleString('id-ID')}-${end.toLocaleString('id-ID')}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  await client.query('ANALYZE');
  const counts = await client.query(`SELECT (SELECT count(*) FROM "Naskah") AS naskah, (SELECT count(*) FROM "Delivery") AS delivery, (SELECT count(*) FROM "Disposisi") AS disposisi, (SELECT count(*) FROM "PenerimaDisposisi") AS penerima`);
  console.log('rows:', counts.rows[0]);
} finally {
  await client.end().catch(() => {});
  await prisma.$disconnect();
  await db.stop();
}
