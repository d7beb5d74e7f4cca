// Fills the benchmark database with the demo organisation plus 1,000,000 incoming letters (each
// delivered to its OPD's pimpinan, with a scan row) and 3,000,000 disposisi (each with one
// recipient) down real jabatan chains. Pure SQL with generate_series, in batches, so it takes
// minutes, not hours. Idempotent: batches already present are skipped.
//   npm run bench:seed                     (1M letters, .data/bench-postgres)
//   BENCH_LETTERS=10000 npm run bench:seed (10k letters, its own .data/bench-postgres-10000)
// Every id is a valid, time-ordered (version 7) UUID like the app's own, and an inbox holds what a real
// one does: many senders, every urgency, letters over several years, disposisi that are done,
// open within their deadline, and overdue (bench/seed/variety.ts).
import pg from 'pg';
import { createPrismaClient } from '@/lib/db/client';
import { seedDemo } from '@/prisma/seed/seed-demo';
import { BENCH_LETTERS, refreshBenchLaporan, startBenchDatabase } from './bench-database';
import { catatanDisposisiSql, halSql, isiSql, laporanSql, nomorSql } from './seed/indonesian-text';
import { STAF_PER_SEKSI, stafSql } from './seed/staf';
import { deliveredAtSql, keamananSql, kecepatanSql, pengirimSql, pickSql } from './seed/variety';

const LETTERS = BENCH_LETTERS;
const BATCH = 100_000;

// A version-7 UUID, as the app's rows get (`@default(uuid(7))`): the row's time to the millisecond,
// then bits from the md5 of a name. Time-ordered like production's keys, so the newest rows sit
// together in each primary key: random (version-4) keys scattered a search's walk of the newest
// letters over the whole index (25% slower on the same rows). Stable for the same name and time.
const BENCH_UUID_FUNCTION = `
  CREATE OR REPLACE FUNCTION pg_temp.bench_uuid(name text, at timestamptz) RETURNS uuid LANGUAGE sql IMMUTABLE AS $$
    SELECT (lpad(to_hex(floor(extract(epoch FROM at) * 1000)::bigint), 12, '0') || '7' || substr(h, 1, 3)
            || substr('89ab', 1 + ascii(substr(h, 4, 1)) % 4, 1) || substr(h, 5, 15))::uuid
    FROM md5(name) AS h
  $$`;
/** The id of the row named `name` (an SQL text expression) made at `at` (an SQL timestamp expression). */
const id = (name: string, at: string) => `pg_temp.bench_uuid(${name}, ${at})`;
/** When a letter's disposisi step `s` (1-3) was given, and its recipient row made: `s` times two hours after delivery. */
const langkah = (s: number) => `(at + interval '${2 * s} hours')`;

// Which seeding steps are done (a letter batch, the reports, the naskah internal): written in each
// step's own transaction, so an interrupted seed goes on where it stopped.
const BENCH_SEEDED_TABLE = `CREATE TABLE IF NOT EXISTS bench_seeded (step text PRIMARY KEY)`;
const isSeeded = async (client: pg.Client, step: string) => Boolean((await client.query(`SELECT 1 FROM bench_seeded WHERE step = $1`, [step])).rowCount);
const markSeeded = (client: pg.Client, step: string) => client.query(`INSERT INTO bench_seeded (step) VALUES ($1)`, [step]);

/**
 * Every finished recipient reported once, and one report in five carries a file: a letter page
 * reads them with the disposisi tree. Added after the letters (also to a database seeded before
 * this step existed); skipped when reports are there already.
 */
async function seedTindakLanjut(client: pg.Client, pegawaiId: string) {
  if (await isSeeded(client, 'tindak-lanjut')) return;
  const t0 = Date.now();
  await client.query('BEGIN');
  await client.query(`SET LOCAL session_replication_role = replica`);
  await client.query(`
    CREATE TEMP TABLE bench_t ON COMMIT DROP AS
    SELECT row_number() OVER () AS t, id AS penerima, "selesaiAt" AS at FROM "PenerimaDisposisi" WHERE status = 'SELESAI';
    INSERT INTO "TindakLanjut" (id, "penerimaDisposisiId", "pegawaiId", catatan, selesai, "createdAt")
    SELECT ${id(`'bench-t-' || t`, 'at')}, penerima, '${pegawaiId}', 'Sudah ditindaklanjuti sesuai arahan.', true, at FROM bench_t;
    INSERT INTO "Berkas" (id, jenis, "storageKey", "namaFile", mime, ukuran, sha256, "tindakLanjutId", "createdAt")
    SELECT ${id(`'bench-tb-' || t`, 'at')}, 'TINDAK_LANJUT', 'bench/' || ${id(`'bench-tb-' || t`, 'at')} || '.pdf', 'laporan.pdf', 'application/pdf', 80000, md5(t::text), ${id(`'bench-t-' || t`, 'at')}, at
    FROM bench_t WHERE ${pickSql('t', 'lampiran', 5)} = 0;`);
  await markSeeded(client, 'tindak-lanjut');
  await client.query('COMMIT');
  console.log(`tindak lanjut: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/**
 * The words of disposisi catatan and reports (bench/seed/indonesian-text.ts) and what the app's
 * triggers derive from them (migration cari_catatan: each recipient row's letter and words, each
 * report's letter, readers and words), written over the rows in one pass with the triggers off: the
 * letter batches insert with triggers off, and row by row the catatan triggers would re-read every
 * letter's readers. Also upgrades a database seeded when every report said the same. Skipped when
 * done. The GIN indexes of the words are built again once instead of a row at a time.
 */
async function seedCatatan(client: pg.Client) {
  const { rows } = await client.query<{ seragam: boolean; kosong: boolean }>(`
    SELECT (SELECT count(DISTINCT catatan) FROM (SELECT catatan FROM "TindakLanjut" LIMIT 1000) t) = 1 AS seragam,
           EXISTS (SELECT 1 FROM "PenerimaDisposisi" WHERE "naskahId" IS NULL) OR EXISTS (SELECT 1 FROM "TindakLanjut" WHERE "naskahId" IS NULL) AS kosong`);
  if (!rows[0]!.seragam && !rows[0]!.kosong) return;
  const t0 = Date.now();
  // A row's own id, hashed: the same words for the same row every time. Shifted so adding a salt stays within int4.
  const key = (alias: string) => `(hashtext(${alias}.id::text) >> 4)`;
  await client.query('BEGIN');
  await client.query(`SET LOCAL session_replication_role = replica`);
  const gin = await client.query<{ indexname: string; indexdef: string }>(
    `SELECT indexname, indexdef FROM pg_indexes WHERE tablename IN ('PenerimaDisposisi', 'TindakLanjut') AND indexdef LIKE '% USING gin %'`,
  );
  for (const i of gin.rows) await client.query(`DROP INDEX "${i.indexname}"`);
  await client.query(`
    UPDATE "Disposisi" ds SET catatan = ${catatanDisposisiSql(key('ds'))};
    UPDATE "PenerimaDisposisi" pd SET "naskahId" = ds."naskahId", cari = eoffice_kata_catatan(ds.catatan) FROM "Disposisi" ds WHERE ds.id = pd."disposisiId";
    UPDATE "TindakLanjut" t SET catatan = ${laporanSql(key('t'))};
    UPDATE "TindakLanjut" t SET cari = eoffice_kata_catatan(t.catatan), "naskahId" = pd."naskahId", "jabatanId" = pd."jabatanId", "dariJabatanId" = pd."dariJabatanId"
    FROM "PenerimaDisposisi" pd WHERE pd.id = t."penerimaDisposisiId";`);
  for (const i of gin.rows) await client.query(i.indexdef);
  await client.query('COMMIT');
  await client.query('VACUUM ANALYZE "Disposisi", "PenerimaDisposisi", "TindakLanjut"');
  console.log(`catatan disposisi dan laporan: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

/**
 * An OPD's staff (bench/seed/staf.ts), added after the letters so the chains their disposisi follow
 * are the ones every database was seeded with (also to a database seeded before this step).
 */
async function seedStaf(client: pg.Client) {
  if (await isSeeded(client, 'staf')) return;
  await client.query('BEGIN');
  await client.query(stafSql(id));
  await markSeeded(client, 'staf');
  await client.query('COMMIT');
  const { rows } = await client.query<{ opd: string; n: string }>(`SELECT o.singkatan AS opd, count(*) AS n FROM "Jabatan" j JOIN "Opd" o ON o.id = j."opdId" GROUP BY 1 ORDER BY 1`);
  console.log(`staf: ${STAF_PER_SEKSI} under each level-3 post; posts per OPD: ${rows.map((r) => `${r.opd} ${r.n}`).join(', ')}`);
}

/**
 * The naskah an office writes itself, so the worklist pages have what a real office's have: 5% of
 * the letter volume signed over the same years (Arsip, Terkirim, Sudah Ditandatangani), and, the
 * same at every size (a worklist holds today's work, not history), 40 naskah waiting for each
 * pimpinan's signature, 12 for each level-2 post's paraf and 8 konsep for each level-3 post. With
 * the triggers on, so the readers, the search document and whose turn it is are the app's own.
 * Added after the letters (also to a database seeded before this step); skipped when present.
 */
async function seedNaskahInternal(client: pg.Client, pegawaiId: string) {
  if (await isSeeded(client, 'naskah-internal')) return;
  const t0 = Date.now();
  const signed = Math.round(LETTERS / 20);
  /** One naskah row's values; `status` is an SQL expression. */
  const naskah = (k: string, status: string, pembuat: string, penandatangan: string, at: string, extra: { nomor?: string; ditandatangani?: string } = {}) => `
    SELECT ${id(`'bench-i-' || ${k}`, at)}, c.opd, 'INTERNAL', (ARRAY['NOTA_DINAS','SURAT_DINAS'])[1 + ${pickSql(k, 'jenis', 2)}]::"JenisNaskah", (${status})::"StatusNaskah",
           ${extra.nomor ?? 'NULL'}, ${extra.ditandatangani ? `(${extra.ditandatangani})::date` : 'NULL'}, ${halSql(k)}, ${keamananSql(k)}, ${kecepatanSql(k)},
           '${pegawaiId}'::uuid, ${pembuat}, ${penandatangan}, jsonb_build_object('isi', '<p>' || ${isiSql(k)} || '</p>'), 1,
           ${extra.ditandatangani ?? 'NULL'}, ${at}, ${at}`;
  const columns = `INSERT INTO "Naskah" (id, "opdId", sumber, jenis, status, nomor, "tanggalNaskah", perihal, "klasifikasiKeamanan", "derajatKecepatan",
    "pembuatPegawaiId", "pembuatJabatanId", "penandatanganJabatanId", konten, "versiTerakhir", "ditandatanganiPada", "createdAt", "updatedAt")`;
  await client.query('BEGIN');
  await client.query(`
    CREATE TEMP TABLE bench_i ON COMMIT DROP AS
    SELECT k, c.* FROM generate_series(1, ${signed}) AS k JOIN bench_chain c ON c.ord = k % (SELECT count(*) FROM bench_chain);
    ${columns}
    ${naskah('k', "'DITANDATANGANI'", 'coalesce(c.j3, c.j2)', 'c.j0', `${deliveredAtSql('k', signed)} - interval '1 day'`, { nomor: nomorSql('k'), ditandatangani: deliveredAtSql('k', signed) })}
    FROM bench_i c;
    -- Today's work: per pimpinan (the first chain of each OPD), per level-2 and per level-3 post.
    CREATE TEMP TABLE bench_w ON COMMIT DROP AS
    SELECT w.*, now() - ${pickSql('w.k', 'menit', 7 * 24 * 60)} * interval '1 minute' AS at FROM (
    SELECT ${signed} + row_number() OVER (ORDER BY o.ord, n) AS k, 'MENUNGGU_TANDA_TANGAN' AS status, c.*
    FROM bench_opd o JOIN bench_chain c ON c.ord = o.first_chain, generate_series(1, 40) AS n
    UNION ALL
    SELECT ${signed} + 100000 + row_number() OVER (ORDER BY p.j1, n), 'VERIFIKASI', c.*
    FROM (SELECT j1, min(ord) AS ord FROM bench_chain GROUP BY j1) p JOIN bench_chain c ON c.ord = p.ord, generate_series(1, 12) AS n
    UNION ALL
    SELECT ${signed} + 200000 + row_number() OVER (ORDER BY p.j2, n), 'KONSEP', c.*
    FROM (SELECT j2, min(ord) AS ord FROM bench_chain GROUP BY j2) p JOIN bench_chain c ON c.ord = p.ord, generate_series(1, 8) AS n) w;
    ${columns}
    ${naskah('k', 'c.status', "CASE c.status WHEN 'KONSEP' THEN c.j2 ELSE coalesce(c.j3, c.j2) END", 'c.j0', 'c.at')}
    FROM bench_w c;
    INSERT INTO "VerifikasiNaskah" (id, "naskahId", putaran, urutan, "jabatanId", status, "pegawaiId", versi, "actedAt")
    SELECT ${id(`'bench-iv-' || k`, 'at')}, ${id(`'bench-i-' || k`, 'at')}, 1, 1, j1,
           CASE status WHEN 'VERIFIKASI' THEN 'MENUNGGU' ELSE 'DISETUJUI' END::"StatusVerifikasi",
           CASE status WHEN 'VERIFIKASI' THEN NULL ELSE '${pegawaiId}'::uuid END, 1, CASE status WHEN 'VERIFIKASI' THEN NULL ELSE now() END
    FROM bench_w WHERE status <> 'KONSEP';`);
  await markSeeded(client, 'naskah-internal');
  await client.query('COMMIT');
  console.log(`naskah internal: ${signed.toLocaleString('id-ID')} ditandatangani and the worklists: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
}

const db = await startBenchDatabase();
const prisma = createPrismaClient(db.url);
const client = new pg.Client({ connectionString: db.url });
try {
  await seedDemo(prisma);
  await client.connect();
  await client.query(`SET synchronous_commit = off; SET work_mem = '64MB'; SET maintenance_work_mem = '256MB'`);
  await client.query(BENCH_UUID_FUNCTION);
  await client.query(BENCH_SEEDED_TABLE);
  // An older seed: md5 ids that were not UUIDs, or version-4 ones, both without bench_seeded's steps.
  const legacy = await client.query(`SELECT 1 FROM "Naskah" WHERE sumber = 'EKSTERNAL' AND substr(id::text, 15, 1) <> '7' AND NOT EXISTS (SELECT 1 FROM bench_seeded) LIMIT 1`);
  if (legacy.rowCount) throw new Error(`${db.url}: this database holds an older seed (ids that are not time-ordered); delete its data directory and seed again.`);

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
  const giver = await client.query<{ id: string }>(`SELECT id FROM "Pegawai" ORDER BY nip LIMIT 1`);
  console.log(`${opds} OPD with disposisi chains; ${LETTERS.toLocaleString('id-ID')} surat to make.`);

  // The letters' GIN indexes (search vector, trigrams, readers) are dropped while the batches run and
  // built once at the end: entering 100,000 rows' lexemes one row at a time cost most of a batch.
  // Their definitions are kept in a table first, so an interrupted seed restores them next time.
  // An interrupted seed leaves them dropped: a migration that alters them then fails before the seed
  // runs; restore them from bench_gin by hand and drop bench_gin, then seed again.
  const missing: number[] = [];
  for (let start = 1; start <= LETTERS; start += BATCH) {
    const end = Math.min(start + BATCH - 1, LETTERS);
    if (!(await isSeeded(client, `surat-${start}-${end}`))) missing.push(start);
  }
  if (missing.length) await client.query(`
    CREATE TABLE IF NOT EXISTS bench_gin AS SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'Naskah' AND indexdef LIKE '% USING gin %';
    DO $$ DECLARE i record; BEGIN FOR i IN SELECT indexname FROM bench_gin LOOP EXECUTE format('DROP INDEX IF EXISTS %I', i.indexname); END LOOP; END $$;`);

  for (const start of missing) {
    const end = Math.min(start + BATCH - 1, LETTERS);
    const t0 = Date.now();
    await client.query('BEGIN');
    // k: the letter's number; its OPD is k mod opds; older letters have smaller k.
    await client.query(
      `CREATE TEMP TABLE bench_k ON COMMIT DROP AS
       SELECT k, o.opd, c.j0, c.j1, c.j2, c.j3,
              ${deliveredAtSql('k', LETTERS)} AS at,
              ${kecepatanSql('k')} AS kecepatan,
              ${keamananSql('k')} AS keamanan,
              -- The newest 2% are still unread; the rest were read an hour after delivery.
              k > ${LETTERS} * 0.98 AS baru
       FROM generate_series($1::int, $2::int) AS k
       JOIN bench_opd o ON o.ord = k % ${opds}
       JOIN bench_chain c ON c.ord = o.first_chain + (k / ${opds}) % o.chains`,
      [start, end],
    );
    // The letter's own rows first, with triggers and foreign-key checks off for this transaction
    // (replica role): each reader trigger would otherwise rewrite all 100,000 letters once per
    // statement, and every rewrite re-enters each letter's search and reader GIN entries. The letters
    // are inserted last with the triggers on, so their BEFORE triggers compute the readers, the search
    // vector and the turn from the finished rows: the same values, written once.
    await client.query(`SET LOCAL session_replication_role = replica`);
    await client.query(`
      INSERT INTO "Berkas" (id, jenis, "storageKey", "namaFile", mime, ukuran, sha256, "naskahId", "createdAt")
      SELECT ${id(`'bench-b-' || k`, 'at')}, 'PINDAI', 'bench/' || ${id(`'bench-b-' || k`, 'at')} || '.pdf', 'pindaian.pdf', 'application/pdf', 120000, md5(k::text), ${id(`'bench-n-' || k`, 'at')}, at
      FROM bench_k;
      INSERT INTO "Delivery" (id, "naskahId", "jabatanId", "opdId", jenis, "klasifikasiKeamanan", "derajatKecepatan", "deliveredAt", "readAt")
      SELECT ${id(`'bench-v-' || k`, 'at')}, ${id(`'bench-n-' || k`, 'at')}, j0, opd, 'TUJUAN', keamanan, kecepatan, at, CASE WHEN baru THEN NULL ELSE at + interval '1 hour' END
      FROM bench_k;`);
    // Three disposisi per letter: pimpinan -> j1, j1 -> j2, then j2 -> j3 (or pimpinan -> j1 again).
    // Step by step, because each step's parent is the previous step's recipient row.
    // 30% have no deadline, the rest 1-60 days. Recipients of the newest letters are still at work
    // (so some are within their deadline and some past it); 4% of older ones were never finished
    // and are overdue: the giver's follow-up list at every size.
    for (const s of [1, 2, 3]) {
      const open = `(baru OR ${pickSql('k', `terbuka${s}`, 25)} = 0)`;
      const status = `CASE WHEN NOT ${open} THEN 'SELESAI' ELSE (ARRAY['BELUM_DIBACA','DIBACA','DITINDAKLANJUTI'])[1 + ${pickSql('k', `status${s}`, 3)}] END::"StatusDisposisi"`;
      const batasWaktu = `CASE WHEN ${pickSql('k', `batas${s}`, 10)} < 3 THEN NULL ELSE at + (1 + ${pickSql('k', `hari${s}`, 60)}) * interval '1 day' END`;
      await client.query(`
        CREATE TEMP TABLE bench_s ON COMMIT DROP AS SELECT k, ${status} AS status, ${batasWaktu} AS batas FROM bench_k;
        INSERT INTO "Disposisi" (id, "naskahId", "deliveryId", "parentPenerimaId", "dariJabatanId", "dariPegawaiId", instruksi, "batasWaktu", "derajatKecepatan", "createdAt")
        SELECT ${id(`'bench-d-' || k || '-${s}'`, langkah(s))}, ${id(`'bench-n-' || k`, 'at')}, ${id(`'bench-v-' || k`, 'at')},
               ${s === 1 ? 'NULL' : s === 2 ? id(`'bench-p-' || k || '-1'`, langkah(1)) : `CASE WHEN j3 IS NULL THEN NULL ELSE ${id(`'bench-p-' || k || '-2'`, langkah(2))} END`},
               ${s === 1 ? 'j0' : s === 2 ? 'j1' : 'CASE WHEN j3 IS NULL THEN j0 ELSE j2 END'},
               '${giver.rows[0].id}', ARRAY['Untuk ditindaklanjuti'], s.batas, kecepatan, ${langkah(s)}
        FROM bench_k JOIN bench_s s USING (k);
        INSERT INTO "PenerimaDisposisi" (id, "disposisiId", "jabatanId", "dariJabatanId", status, "readAt", "selesaiAt", "batasWaktu", "derajatKecepatan", "createdAt")
        SELECT ${id(`'bench-p-' || k || '-${s}'`, langkah(s))}, ${id(`'bench-d-' || k || '-${s}'`, langkah(s))},
               ${s === 1 ? 'j1' : s === 2 ? 'j2' : 'coalesce(j3, j1)'},
               ${s === 1 ? 'j0' : s === 2 ? 'j1' : 'CASE WHEN j3 IS NULL THEN j0 ELSE j2 END'},
               s.status,
               CASE WHEN s.status = 'BELUM_DIBACA' THEN NULL ELSE at + interval '${3 * s} hours' END,
               CASE WHEN s.status = 'SELESAI' THEN at + interval '${s} days' END,
               s.batas, kecepatan, ${langkah(s)}
        FROM bench_k JOIN bench_s s USING (k);
        DROP TABLE bench_s;`);
    }
    // Statistics that know these rows: otherwise the readers trigger plans its per-letter lookups
    // for the empty tables of the last ANALYZE and scans 300,000 disposisi for each letter.
    await client.query(`ANALYZE "Berkas", "Delivery", "Disposisi", "PenerimaDisposisi"`);
    await client.query(`SET LOCAL session_replication_role = origin`);
    await client.query(`
      INSERT INTO "Naskah" (id, "opdId", sumber, status, nomor, "tanggalNaskah", perihal, "klasifikasiKeamanan", "derajatKecepatan",
                            "nomorAgenda", "tahunAgenda", "tanggalDiterima", "pengirimNama", "createdAt", "updatedAt", "berkasUtamaId", "teksBerkas")
      SELECT ${id(`'bench-n-' || k`, 'at')}, opd, 'EKSTERNAL', 'TERCATAT', ${nomorSql('k')}, (at - interval '2 days')::date,
             ${halSql('k')}, keamanan, kecepatan, k, extract(year FROM at)::int, at, ${pengirimSql('k')},
             at, at, ${id(`'bench-b-' || k`, 'at')}, ${isiSql('k')} -- the scan's text layer, as the Berkas trigger would set it
      FROM bench_k;`);
    await markSeeded(client, `surat-${start}-${end}`);
    await client.query('COMMIT');
    console.log(`surat ${start.toLocaleString('id-ID')}-${end.toLocaleString('id-ID')}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
  const t0 = Date.now();
  if (missing.length) await client.query(`
    DO $$ DECLARE i record; BEGIN FOR i IN SELECT indexdef FROM bench_gin LOOP EXECUTE replace(i.indexdef, 'CREATE INDEX', 'CREATE INDEX IF NOT EXISTS'); END LOOP; END $$;
    DROP TABLE bench_gin;`);
  console.log(`GIN indexes built: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  await seedTindakLanjut(client, giver.rows[0].id);
  await seedCatatan(client);
  await seedNaskahInternal(client, giver.rows[0].id);
  await seedStaf(client);
  // Rows added with the GIN indexes in place sit in the indexes' pending lists, which every search
  // scans until autovacuum merges them (at a time of its own, perhaps in the middle of a benchmark);
  // vacuum merges them now and sets the visibility map the index-only scans read.
  await client.query('VACUUM "Naskah", "NaskahPembaca", "VerifikasiNaskah"');
  console.log(`report rollups computed: ${((await refreshBenchLaporan(client, true)) / 1000).toFixed(1)} s`);
  await client.query('ANALYZE');
  const counts = await client.query(`
    SELECT (SELECT count(*) FROM "Naskah") AS naskah, (SELECT count(*) FROM "Delivery") AS delivery, (SELECT count(*) FROM "Disposisi") AS disposisi,
           (SELECT count(*) FROM "PenerimaDisposisi") AS penerima, (SELECT count(*) FROM "TindakLanjut") AS tindak_lanjut,
           (SELECT count(*) FROM "PenerimaDisposisi" WHERE status <> 'SELESAI' AND "batasWaktu" < now()) AS terlambat,
           (SELECT count(*) FROM "PenerimaDisposisi" WHERE status <> 'SELESAI' AND "batasWaktu" >= now()) AS dalam_batas`);
  console.log('rows:', counts.rows[0]);
} finally {
  await client.end().catch(() => {});
  await prisma.$disconnect();
  await db.stop();
}
