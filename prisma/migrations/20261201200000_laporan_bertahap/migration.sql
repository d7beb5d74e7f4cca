-- Report rollups kept up to date by what changed, not recomputed from all history. The materialized
-- views of laporan_rollup were refreshed whole every 15 minutes: about 30 s of database time at 1M
-- letters, a minute under load, half the throughput of every page while it ran. Now each rollup is
-- a table in the schema laporan (outside Prisma's, like graphile_worker) keyed by a WIB day or month.
-- Triggers on the source tables note which keys a write touched (laporan.kotor), and the refresh
-- job recomputes only those keys (laporan.segarkan). Triggers only append to laporan.kotor, with no
-- unique key, so writers never wait on one another or on a refresh.
CREATE SCHEMA laporan;

CREATE TABLE laporan.surat_masuk AS SELECT * FROM laporan_surat_masuk WITH NO DATA;
CREATE UNIQUE INDEX surat_masuk_key ON laporan.surat_masuk (opd_id, tanggal, jabatan_id, sifat, derajat);
CREATE INDEX surat_masuk_tanggal ON laporan.surat_masuk (tanggal);

CREATE TABLE laporan.disposisi AS SELECT * FROM laporan_disposisi WITH NO DATA;
CREATE UNIQUE INDEX disposisi_key ON laporan.disposisi (opd_id, tanggal, jabatan_id, selesai, jam_selesai, selesai_terlambat) NULLS NOT DISTINCT;
CREATE INDEX disposisi_tanggal ON laporan.disposisi (tanggal);

CREATE TABLE laporan.naskah_keluar AS SELECT * FROM laporan_naskah_keluar WITH NO DATA;
CREATE UNIQUE INDEX naskah_keluar_key ON laporan.naskah_keluar (opd_id, tanggal, jabatan_id, jenis, jam) NULLS NOT DISTINCT;
CREATE INDEX naskah_keluar_tanggal ON laporan.naskah_keluar (tanggal);

CREATE TABLE laporan.tunggu_per_naskah AS SELECT * FROM laporan_tunggu_per_naskah WITH NO DATA;
CREATE UNIQUE INDEX tunggu_per_naskah_key ON laporan.tunggu_per_naskah (naskah_id, langkah, jabatan_id) NULLS NOT DISTINCT;
CREATE INDEX tunggu_per_naskah_terlama ON laporan.tunggu_per_naskah (langkah, opd_id, jam DESC, naskah_id);
CREATE INDEX tunggu_per_naskah_ditandatangani ON laporan.tunggu_per_naskah (ditandatangani_pada);

CREATE TABLE laporan.tunggu_langkah AS SELECT * FROM laporan_tunggu_langkah WITH NO DATA;
CREATE UNIQUE INDEX tunggu_langkah_key ON laporan.tunggu_langkah (opd_id, tanggal, langkah, jabatan_id) NULLS NOT DISTINCT;
CREATE INDEX tunggu_langkah_tanggal ON laporan.tunggu_langkah (tanggal);

CREATE TABLE laporan.gagal_ttd AS SELECT * FROM laporan_gagal_ttd WITH NO DATA;
CREATE UNIQUE INDEX gagal_ttd_key ON laporan.gagal_ttd (opd_id, tanggal, jabatan_id, kode) NULLS NOT DISTINCT;
CREATE INDEX gagal_ttd_tanggal ON laporan.gagal_ttd (tanggal);

CREATE TABLE laporan.kinerja AS SELECT * FROM laporan_kinerja WITH NO DATA;
CREATE UNIQUE INDEX kinerja_key ON laporan.kinerja (bulan, pegawai_id);
CREATE INDEX kinerja_pegawai ON laporan.kinerja (pegawai_id, bulan);

DROP MATERIALIZED VIEW laporan_tunggu_langkah;
DROP MATERIALIZED VIEW laporan_tunggu_per_naskah;
DROP MATERIALIZED VIEW laporan_surat_masuk;
DROP MATERIALIZED VIEW laporan_disposisi;
DROP MATERIALIZED VIEW laporan_naskah_keluar;
DROP MATERIALIZED VIEW laporan_gagal_ttd;
DROP MATERIALIZED VIEW laporan_kinerja;

-- The keys a write touched: rollup is one of surat_masuk, disposisi, naskah_ttd (naskah_keluar and
-- the two wait rollups, all by signing day), gagal_ttd, kinerja (by month). kunci NULL: all of it.
CREATE TABLE laporan.kotor (rollup text NOT NULL, kunci date);

-- Indexes that find one day's (or month's) source rows: a refresh reads only the keys it recomputes.
-- Partial, as PenerimaDisposisi_terbuka_pemberi_idx: they hold only the rows the rollups count, and
-- Prisma's schema, which cannot express them, leaves them alone.
CREATE INDEX "Delivery_laporan_hari_idx" ON "Delivery" ("deliveredAt") WHERE "deliveredAt" IS NOT NULL;
CREATE INDEX "PenerimaDisposisi_laporan_hari_idx" ON "PenerimaDisposisi" ("createdAt") WHERE status <> 'DITARIK';
CREATE INDEX "PenerimaDisposisi_laporan_selesai_idx" ON "PenerimaDisposisi" ("selesaiAt") WHERE status = 'SELESAI';
CREATE INDEX "Naskah_laporan_disusun_idx" ON "Naskah" ("createdAt") WHERE sumber = 'INTERNAL';
CREATE INDEX "Naskah_laporan_ditandatangani_idx" ON "Naskah" ("ditandatanganiPada") WHERE status = 'DITANDATANGANI';
CREATE INDEX "VerifikasiNaskah_laporan_paraf_idx" ON "VerifikasiNaskah" ("actedAt") WHERE status = 'DISETUJUI';
CREATE INDEX "AuditLog_laporan_gagal_ttd_idx" ON "AuditLog" ("createdAt") WHERE action = 'naskah.signFail';
-- The report's live count of open disposisi past their deadline (read-rollup.ts readTerlambatLive)
-- reads only this small index: open recipients per post by the day received, with their deadline.
-- The whole pemda over a year at 1M letters: 27,000 of 82,000 open rows, from 9,000 heap pages before.
CREATE INDEX "PenerimaDisposisi_laporan_terbuka_idx" ON "PenerimaDisposisi" ("jabatanId", "createdAt") INCLUDE ("batasWaktu")
  WHERE status IN ('BELUM_DIBACA', 'DIBACA', 'DITINDAKLANJUTI');

-- The stored (UTC) span of WIB calendar days or months, the inverse of laporan_hari. NULL: all time.
CREATE FUNCTION laporan.rentang(kunci date[], bulanan boolean) RETURNS TABLE (dari timestamp, sampai timestamp) LANGUAGE sql STABLE AS $$
  SELECT '-infinity'::timestamp, 'infinity'::timestamp WHERE kunci IS NULL
  UNION ALL
  SELECT (k::timestamp AT TIME ZONE 'Asia/Jakarta') AT TIME ZONE 'UTC',
         ((k + CASE WHEN bulanan THEN interval '1 month' ELSE interval '1 day' END) AT TIME ZONE 'Asia/Jakarta') AT TIME ZONE 'UTC'
  FROM unnest(kunci) AS k
$$;

-- Each rollup is recomputed one day (month) at a time, the span's bounds plain values in each
-- statement, so the planner reads one index range and joins by key: with the spans as a joined set
-- it could not tell one day from six years and at times read all of Naskah for one day's letters.
-- All of history (kunci NULL) is one span, read whole. force_custom_plan: every span is planned
-- with its own bounds, never with a plan cached for another.

-- Letters delivered into posts (tujuan and tembusan), by day, post, sifat as printed and urgency.
CREATE FUNCTION laporan.hitung_surat_masuk(kunci date[]) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT SET plan_cache_mode = force_custom_plan AS E'
DECLARE
  r record\x3B
BEGIN
  DELETE FROM laporan.surat_masuk s WHERE kunci IS NULL OR s.tanggal = ANY (kunci)\x3B
  FOR r IN SELECT * FROM laporan.rentang(kunci, false) LOOP
    INSERT INTO laporan.surat_masuk (tanggal, opd_id, jabatan_id, sifat, derajat, jumlah)
    SELECT laporan_hari(d."deliveredAt"), d."opdId", d."jabatanId",
           coalesce(initcap(lower(nullif(btrim(n.sifat), ''''))), ''''), d."derajatKecepatan"::text, count(*)::int
    FROM "Delivery" d JOIN "Naskah" n ON n.id = d."naskahId"
    WHERE d."deliveredAt" >= r.dari AND d."deliveredAt" < r.sampai AND d."deliveredAt" IS NOT NULL
    GROUP BY 1, 2, 3, 4, 5\x3B
  END LOOP\x3B
END';

-- Disposisi recipients (withdrawn ones left out) by the day they received it, with the hours to
-- done as a histogram, so a median over any period is exact to the hour.
CREATE FUNCTION laporan.hitung_disposisi(kunci date[]) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT SET plan_cache_mode = force_custom_plan AS E'
DECLARE
  r record\x3B
BEGIN
  DELETE FROM laporan.disposisi s WHERE kunci IS NULL OR s.tanggal = ANY (kunci)\x3B
  FOR r IN SELECT * FROM laporan.rentang(kunci, false) LOOP
    INSERT INTO laporan.disposisi (tanggal, opd_id, jabatan_id, selesai, jam_selesai, selesai_terlambat, jumlah)
    SELECT laporan_hari(p."createdAt"), j."opdId", p."jabatanId",
           (p.status = ''SELESAI''),
           CASE WHEN p.status = ''SELESAI'' THEN greatest(0, floor(extract(epoch FROM p."selesaiAt" - p."createdAt") / 3600))::int END,
           (p.status = ''SELESAI'' AND p."batasWaktu" IS NOT NULL AND p."selesaiAt" > p."batasWaktu"),
           count(*)::int
    FROM "PenerimaDisposisi" p JOIN "Jabatan" j ON j.id = p."jabatanId"
    WHERE p."createdAt" >= r.dari AND p."createdAt" < r.sampai AND p.status <> ''DITARIK''
    GROUP BY 1, 2, 3, 4, 5, 6\x3B
  END LOOP\x3B
END';

-- By signing day: signed internal naskah by drafting post and jenis with the hours from konsep to
-- signature as a histogram, the waits of each signed naskah (laporan_tunggu_naskah: each event
-- charged to the post that had to act) and their sums per step. The step sums are taken from the
-- per-naskah waits, so figure and drill-down tell the same story.
CREATE FUNCTION laporan.hitung_naskah_ttd(kunci date[]) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT SET plan_cache_mode = force_custom_plan AS E'
DECLARE
  r record\x3B
BEGIN
  DELETE FROM laporan.naskah_keluar s WHERE kunci IS NULL OR s.tanggal = ANY (kunci)\x3B
  DELETE FROM laporan.tunggu_langkah s WHERE kunci IS NULL OR s.tanggal = ANY (kunci)\x3B
  FOR r IN SELECT * FROM laporan.rentang(kunci, false) LOOP
    INSERT INTO laporan.naskah_keluar (tanggal, opd_id, jabatan_id, jenis, jam, jumlah)
    SELECT laporan_hari(n."ditandatanganiPada"), n."opdId", n."pembuatJabatanId", coalesce(n.jenis::text, ''LAINNYA''),
           greatest(0, floor(extract(epoch FROM n."ditandatanganiPada" - n."createdAt") / 3600))::int, count(*)::int
    FROM "Naskah" n
    WHERE n."ditandatanganiPada" >= r.dari AND n."ditandatanganiPada" < r.sampai AND n.status = ''DITANDATANGANI'' AND n.sumber = ''INTERNAL''
    GROUP BY 1, 2, 3, 4, 5\x3B

    DELETE FROM laporan.tunggu_per_naskah t WHERE t.ditandatangani_pada >= r.dari AND t.ditandatangani_pada < r.sampai\x3B
    INSERT INTO laporan.tunggu_per_naskah (naskah_id, opd_id, ditandatangani_pada, langkah, jabatan_id, kali, jam)
    SELECT t.naskah_id, n."opdId", n."ditandatanganiPada", t.langkah, t.jabatan_id, count(*)::int, sum(t.jam)::float8
    FROM laporan_tunggu_naskah(CASE WHEN kunci IS NULL THEN NULL ELSE ARRAY(
           SELECT x.id FROM "Naskah" x
           WHERE x."ditandatanganiPada" >= r.dari AND x."ditandatanganiPada" < r.sampai AND x.status = ''DITANDATANGANI'' AND x.sumber = ''INTERNAL'') END) t
    JOIN "Naskah" n ON n.id = t.naskah_id
    GROUP BY 1, 2, 3, 4, 5\x3B

    INSERT INTO laporan.tunggu_langkah (tanggal, opd_id, langkah, jabatan_id, kali, jam_total)
    SELECT laporan_hari(t.ditandatangani_pada), t.opd_id, t.langkah, t.jabatan_id, sum(t.kali)::int, sum(t.jam)::float8
    FROM laporan.tunggu_per_naskah t
    WHERE t.ditandatangani_pada >= r.dari AND t.ditandatangani_pada < r.sampai
    GROUP BY 1, 2, 3, 4\x3B
  END LOOP\x3B
END';

-- Failed signing attempts (audit naskah.signFail) by day, the signer's post and the reason code.
CREATE FUNCTION laporan.hitung_gagal_ttd(kunci date[]) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT SET plan_cache_mode = force_custom_plan AS E'
DECLARE
  r record\x3B
BEGIN
  DELETE FROM laporan.gagal_ttd s WHERE kunci IS NULL OR s.tanggal = ANY (kunci)\x3B
  FOR r IN SELECT * FROM laporan.rentang(kunci, false) LOOP
    INSERT INTO laporan.gagal_ttd (tanggal, opd_id, jabatan_id, kode, jumlah)
    SELECT laporan_hari(a."createdAt"), a."opdId", a."actorJabatanId", coalesce(a.after ->> ''kode'', ''INTERNAL''), count(*)::int
    FROM "AuditLog" a
    WHERE a."createdAt" >= r.dari AND a."createdAt" < r.sampai AND a.action = ''naskah.signFail''
    GROUP BY 1, 2, 3, 4\x3B
  END LOOP\x3B
END';

-- Kinerja evidence per pegawai and month: disposisi done (by whoever last reported it done, else
-- the post's holder that day) on time or late, naskah drafted, paraf given, naskah signed.
CREATE FUNCTION laporan.hitung_kinerja(kunci date[]) RETURNS void LANGUAGE plpgsql SET search_path FROM CURRENT SET plan_cache_mode = force_custom_plan AS E'
DECLARE
  r record\x3B
BEGIN
  DELETE FROM laporan.kinerja s WHERE kunci IS NULL OR s.bulan = ANY (kunci)\x3B
  FOR r IN SELECT * FROM laporan.rentang(kunci, true) LOOP
    INSERT INTO laporan.kinerja (bulan, pegawai_id, disposisi_tepat, disposisi_terlambat, naskah_disusun, paraf, tanda_tangan)
    WITH dispo AS (
      SELECT p."jabatanId", laporan_hari(p."selesaiAt") AS hari, s."pegawaiId",
             (p."batasWaktu" IS NULL OR p."selesaiAt" <= p."batasWaktu") AS tepat, count(*)::int AS n
      FROM "PenerimaDisposisi" p
      LEFT JOIN LATERAL (
        SELECT t."pegawaiId" FROM "TindakLanjut" t WHERE t."penerimaDisposisiId" = p.id AND t.selesai ORDER BY t."createdAt" DESC LIMIT 1
      ) s ON true
      WHERE p."selesaiAt" >= r.dari AND p."selesaiAt" < r.sampai AND p.status = ''SELESAI''
      GROUP BY 1, 2, 3, 4
    ), kerja AS (
      SELECT date_trunc(''month'', hari)::date AS bulan, coalesce("pegawaiId", laporan_pemegang_jabatan("jabatanId", hari)) AS pegawai_id,
             CASE WHEN tepat THEN n ELSE 0 END AS tepat, CASE WHEN tepat THEN 0 ELSE n END AS terlambat, 0 AS disusun, 0 AS paraf, 0 AS ttd
      FROM dispo
      UNION ALL
      SELECT date_trunc(''month'', laporan_hari(n."createdAt"))::date, n."pembuatPegawaiId", 0, 0, 1, 0, 0
      FROM "Naskah" n
      WHERE n."createdAt" >= r.dari AND n."createdAt" < r.sampai AND n.sumber = ''INTERNAL'' AND n.status <> ''DIBATALKAN'' AND n."pembuatPegawaiId" IS NOT NULL
      UNION ALL
      SELECT date_trunc(''month'', laporan_hari(v."actedAt"))::date, v."pegawaiId", 0, 0, 0, 1, 0
      FROM "VerifikasiNaskah" v
      WHERE v."actedAt" >= r.dari AND v."actedAt" < r.sampai AND v.status = ''DISETUJUI'' AND v."pegawaiId" IS NOT NULL
      UNION ALL
      SELECT date_trunc(''month'', laporan_hari(n."ditandatanganiPada"))::date, n."penandatanganPegawaiId", 0, 0, 0, 0, 1
      FROM "Naskah" n
      WHERE n."ditandatanganiPada" >= r.dari AND n."ditandatanganiPada" < r.sampai AND n.status = ''DITANDATANGANI'' AND n."penandatanganPegawaiId" IS NOT NULL
    )
    SELECT bulan, pegawai_id, sum(tepat)::int, sum(terlambat)::int, sum(disusun)::int, sum(paraf)::int, sum(ttd)::int
    FROM kerja WHERE pegawai_id IS NOT NULL
    GROUP BY 1, 2\x3B
  END LOOP\x3B
END';

-- Recomputes the keys of one rollup noted since its last refresh (all of it when one is NULL or
-- semua is set) and returns how many keys (-1: all). Takes the noted keys in the same transaction:
-- a write committed after it is noted again and waits for the next refresh. Two refreshes of one
-- rollup queue on its advisory lock.
CREATE FUNCTION laporan.segarkan(grup text, semua boolean DEFAULT false) RETURNS int LANGUAGE plpgsql AS E'
DECLARE
  dicatat int\x3B
  ada_semua boolean\x3B
  hari date[]\x3B
BEGIN
  PERFORM pg_advisory_xact_lock(hashtext(''laporan.'' || grup))\x3B
  WITH d AS (DELETE FROM laporan.kotor k WHERE k.rollup = grup RETURNING k.kunci)
  SELECT count(*)::int, coalesce(bool_or(d.kunci IS NULL), false), coalesce(array_agg(DISTINCT d.kunci) FILTER (WHERE d.kunci IS NOT NULL), ''{}'')
  INTO dicatat, ada_semua, hari FROM d\x3B
  IF dicatat = 0 AND NOT semua THEN
    RETURN 0\x3B
  END IF\x3B
  IF semua OR ada_semua THEN
    hari := NULL\x3B
  END IF\x3B
  IF grup = ''surat_masuk'' THEN PERFORM laporan.hitung_surat_masuk(hari)\x3B
  ELSIF grup = ''disposisi'' THEN PERFORM laporan.hitung_disposisi(hari)\x3B
  ELSIF grup = ''naskah_ttd'' THEN PERFORM laporan.hitung_naskah_ttd(hari)\x3B
  ELSIF grup = ''gagal_ttd'' THEN PERFORM laporan.hitung_gagal_ttd(hari)\x3B
  ELSIF grup = ''kinerja'' THEN PERFORM laporan.hitung_kinerja(hari)\x3B
  ELSE RAISE EXCEPTION ''rollup laporan tidak dikenal: %'', grup\x3B
  END IF\x3B
  RETURN coalesce(array_length(hari, 1), -1)\x3B
END';

-- The triggers that note which keys a write touched, one function per source table. PostgreSQL
-- allows transition tables only on single-event triggers, hence three per table. An update notes
-- the keys of the row before and after it (a naskah re-dated, a disposisi done), so no key is missed.
-- They run with the writer's search_path, as the project's other triggers do: a SET clause would
-- cost every write a configuration save and restore.
CREATE FUNCTION laporan.tandai_delivery() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''surat_masuk'', laporan_hari(x."deliveredAt") FROM baru x\x3B
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''surat_masuk'', laporan_hari(x."deliveredAt") FROM lama x\x3B
  ELSE
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''surat_masuk'', laporan_hari(x."deliveredAt") FROM baru x
    UNION
    SELECT ''surat_masuk'', laporan_hari(x."deliveredAt") FROM lama x\x3B
  END IF\x3B
  RETURN NULL\x3B
END';
CREATE TRIGGER "Delivery_laporan_insert" AFTER INSERT ON "Delivery" REFERENCING NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_delivery();
CREATE TRIGGER "Delivery_laporan_update" AFTER UPDATE ON "Delivery" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_delivery();
CREATE TRIGGER "Delivery_laporan_delete" AFTER DELETE ON "Delivery" REFERENCING OLD TABLE AS lama
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_delivery();
CREATE FUNCTION laporan.tandai_penerima_disposisi() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''disposisi'', laporan_hari(x."createdAt") FROM baru x
    UNION
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."selesaiAt"))::date FROM baru x WHERE x."selesaiAt" IS NOT NULL\x3B
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''disposisi'', laporan_hari(x."createdAt") FROM lama x
    UNION
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."selesaiAt"))::date FROM lama x WHERE x."selesaiAt" IS NOT NULL\x3B
  ELSE
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''disposisi'', laporan_hari(x."createdAt") FROM baru x
    UNION
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."selesaiAt"))::date FROM baru x WHERE x."selesaiAt" IS NOT NULL
    UNION
    SELECT ''disposisi'', laporan_hari(x."createdAt") FROM lama x
    UNION
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."selesaiAt"))::date FROM lama x WHERE x."selesaiAt" IS NOT NULL\x3B
  END IF\x3B
  RETURN NULL\x3B
END';
CREATE TRIGGER "PenerimaDisposisi_laporan_insert" AFTER INSERT ON "PenerimaDisposisi" REFERENCING NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_penerima_disposisi();
CREATE TRIGGER "PenerimaDisposisi_laporan_update" AFTER UPDATE ON "PenerimaDisposisi" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_penerima_disposisi();
CREATE TRIGGER "PenerimaDisposisi_laporan_delete" AFTER DELETE ON "PenerimaDisposisi" REFERENCING OLD TABLE AS lama
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_penerima_disposisi();
-- Who reported a disposisi done decides whose kinerja it counts for.
CREATE FUNCTION laporan.tandai_tindak_lanjut() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(p."selesaiAt"))::date FROM baru x JOIN "PenerimaDisposisi" p ON p.id = x."penerimaDisposisiId" WHERE x.selesai AND p."selesaiAt" IS NOT NULL\x3B
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(p."selesaiAt"))::date FROM lama x JOIN "PenerimaDisposisi" p ON p.id = x."penerimaDisposisiId" WHERE x.selesai AND p."selesaiAt" IS NOT NULL\x3B
  ELSE
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(p."selesaiAt"))::date FROM baru x JOIN "PenerimaDisposisi" p ON p.id = x."penerimaDisposisiId" WHERE x.selesai AND p."selesaiAt" IS NOT NULL
    UNION
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(p."selesaiAt"))::date FROM lama x JOIN "PenerimaDisposisi" p ON p.id = x."penerimaDisposisiId" WHERE x.selesai AND p."selesaiAt" IS NOT NULL\x3B
  END IF\x3B
  RETURN NULL\x3B
END';
CREATE TRIGGER "TindakLanjut_laporan_insert" AFTER INSERT ON "TindakLanjut" REFERENCING NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_tindak_lanjut();
CREATE TRIGGER "TindakLanjut_laporan_update" AFTER UPDATE ON "TindakLanjut" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_tindak_lanjut();
CREATE TRIGGER "TindakLanjut_laporan_delete" AFTER DELETE ON "TindakLanjut" REFERENCING OLD TABLE AS lama
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_tindak_lanjut();
-- A naskah counts where it was signed and drafted. Its sifat is printed in the letters delivered
-- from it, so a changed sifat notes their delivery days.
CREATE FUNCTION laporan.tandai_naskah() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''naskah_ttd'', laporan_hari(x."ditandatanganiPada") FROM baru x WHERE x."ditandatanganiPada" IS NOT NULL
    UNION
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."ditandatanganiPada"))::date FROM baru x WHERE x."ditandatanganiPada" IS NOT NULL
    UNION
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."createdAt"))::date FROM baru x WHERE x.sumber = ''INTERNAL''\x3B
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''naskah_ttd'', laporan_hari(x."ditandatanganiPada") FROM lama x WHERE x."ditandatanganiPada" IS NOT NULL
    UNION
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."ditandatanganiPada"))::date FROM lama x WHERE x."ditandatanganiPada" IS NOT NULL
    UNION
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."createdAt"))::date FROM lama x WHERE x.sumber = ''INTERNAL''\x3B
  ELSE
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''naskah_ttd'', laporan_hari(x."ditandatanganiPada") FROM baru x WHERE x."ditandatanganiPada" IS NOT NULL
    UNION
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."ditandatanganiPada"))::date FROM baru x WHERE x."ditandatanganiPada" IS NOT NULL
    UNION
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."createdAt"))::date FROM baru x WHERE x.sumber = ''INTERNAL''
    UNION
    SELECT ''naskah_ttd'', laporan_hari(x."ditandatanganiPada") FROM lama x WHERE x."ditandatanganiPada" IS NOT NULL
    UNION
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."ditandatanganiPada"))::date FROM lama x WHERE x."ditandatanganiPada" IS NOT NULL
    UNION
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."createdAt"))::date FROM lama x WHERE x.sumber = ''INTERNAL''
    UNION
    SELECT ''surat_masuk'', laporan_hari(d."deliveredAt") FROM lama l JOIN baru b ON b.id = l.id JOIN "Delivery" d ON d."naskahId" = b.id
    WHERE l.sifat IS DISTINCT FROM b.sifat\x3B
  END IF\x3B
  RETURN NULL\x3B
END';
CREATE TRIGGER "Naskah_laporan_insert" AFTER INSERT ON "Naskah" REFERENCING NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_naskah();
CREATE TRIGGER "Naskah_laporan_update" AFTER UPDATE ON "Naskah" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_naskah();
CREATE TRIGGER "Naskah_laporan_delete" AFTER DELETE ON "Naskah" REFERENCING OLD TABLE AS lama
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_naskah();
-- A paraf counts for its month, and in the waits of its naskah once signed.
CREATE FUNCTION laporan.tandai_verifikasi() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."actedAt"))::date FROM baru x WHERE x."actedAt" IS NOT NULL
    UNION
    SELECT ''naskah_ttd'', laporan_hari(n."ditandatanganiPada") FROM baru x JOIN "Naskah" n ON n.id = x."naskahId" WHERE n."ditandatanganiPada" IS NOT NULL\x3B
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."actedAt"))::date FROM lama x WHERE x."actedAt" IS NOT NULL
    UNION
    SELECT ''naskah_ttd'', laporan_hari(n."ditandatanganiPada") FROM lama x JOIN "Naskah" n ON n.id = x."naskahId" WHERE n."ditandatanganiPada" IS NOT NULL\x3B
  ELSE
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."actedAt"))::date FROM baru x WHERE x."actedAt" IS NOT NULL
    UNION
    SELECT ''naskah_ttd'', laporan_hari(n."ditandatanganiPada") FROM baru x JOIN "Naskah" n ON n.id = x."naskahId" WHERE n."ditandatanganiPada" IS NOT NULL
    UNION
    SELECT ''kinerja'', date_trunc(''month'', laporan_hari(x."actedAt"))::date FROM lama x WHERE x."actedAt" IS NOT NULL
    UNION
    SELECT ''naskah_ttd'', laporan_hari(n."ditandatanganiPada") FROM lama x JOIN "Naskah" n ON n.id = x."naskahId" WHERE n."ditandatanganiPada" IS NOT NULL\x3B
  END IF\x3B
  RETURN NULL\x3B
END';
CREATE TRIGGER "VerifikasiNaskah_laporan_insert" AFTER INSERT ON "VerifikasiNaskah" REFERENCING NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_verifikasi();
CREATE TRIGGER "VerifikasiNaskah_laporan_update" AFTER UPDATE ON "VerifikasiNaskah" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_verifikasi();
CREATE TRIGGER "VerifikasiNaskah_laporan_delete" AFTER DELETE ON "VerifikasiNaskah" REFERENCING OLD TABLE AS lama
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_verifikasi();
-- Only signing failures are counted from the audit log. A submission (the start of a naskah's
-- waits) is logged before the naskah is signed, so signing notes it.
CREATE FUNCTION laporan.tandai_audit() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''gagal_ttd'', laporan_hari(x."createdAt") FROM baru x WHERE x.action = ''naskah.signFail''\x3B
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''gagal_ttd'', laporan_hari(x."createdAt") FROM lama x WHERE x.action = ''naskah.signFail''\x3B
  ELSE
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''gagal_ttd'', laporan_hari(x."createdAt") FROM baru x WHERE x.action = ''naskah.signFail''
    UNION
    SELECT ''gagal_ttd'', laporan_hari(x."createdAt") FROM lama x WHERE x.action = ''naskah.signFail''\x3B
  END IF\x3B
  RETURN NULL\x3B
END';
CREATE TRIGGER "AuditLog_laporan_insert" AFTER INSERT ON "AuditLog" REFERENCING NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_audit();
CREATE TRIGGER "AuditLog_laporan_update" AFTER UPDATE ON "AuditLog" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_audit();
CREATE TRIGGER "AuditLog_laporan_delete" AFTER DELETE ON "AuditLog" REFERENCING OLD TABLE AS lama
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_audit();
-- Who held a post decides whose kinerja a disposisi done without a report counts for: every month
-- the assignment spans (to today) is noted.
CREATE FUNCTION laporan.tandai_penugasan() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''INSERT'' THEN
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''kinerja'', g::date FROM baru x, generate_series(date_trunc(''month'', x.mulai::timestamp), date_trunc(''month'', least(coalesce(x.selesai, current_date), current_date)::timestamp), interval ''1 month'') g\x3B
  ELSIF TG_OP = ''DELETE'' THEN
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''kinerja'', g::date FROM lama x, generate_series(date_trunc(''month'', x.mulai::timestamp), date_trunc(''month'', least(coalesce(x.selesai, current_date), current_date)::timestamp), interval ''1 month'') g\x3B
  ELSE
    INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''kinerja'', g::date FROM baru x, generate_series(date_trunc(''month'', x.mulai::timestamp), date_trunc(''month'', least(coalesce(x.selesai, current_date), current_date)::timestamp), interval ''1 month'') g
    UNION
    SELECT ''kinerja'', g::date FROM lama x, generate_series(date_trunc(''month'', x.mulai::timestamp), date_trunc(''month'', least(coalesce(x.selesai, current_date), current_date)::timestamp), interval ''1 month'') g\x3B
  END IF\x3B
  RETURN NULL\x3B
END';
CREATE TRIGGER "PenugasanJabatan_laporan_insert" AFTER INSERT ON "PenugasanJabatan" REFERENCING NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_penugasan();
CREATE TRIGGER "PenugasanJabatan_laporan_update" AFTER UPDATE ON "PenugasanJabatan" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_penugasan();
CREATE TRIGGER "PenugasanJabatan_laporan_delete" AFTER DELETE ON "PenugasanJabatan" REFERENCING OLD TABLE AS lama
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_penugasan();
-- A post moved to another OPD moves all its disposisi figures.
CREATE FUNCTION laporan.tandai_jabatan() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO laporan.kotor (rollup, kunci)
    SELECT ''disposisi'', NULL::date FROM lama l JOIN baru b ON b.id = l.id WHERE l."opdId" IS DISTINCT FROM b."opdId"\x3B
  RETURN NULL\x3B
END';
CREATE TRIGGER "Jabatan_laporan_update" AFTER UPDATE ON "Jabatan" REFERENCING OLD TABLE AS lama NEW TABLE AS baru
  FOR EACH STATEMENT EXECUTE FUNCTION laporan.tandai_jabatan();

-- Filled once here, from all history.
SELECT laporan.segarkan('surat_masuk', true);
SELECT laporan.segarkan('disposisi', true);
SELECT laporan.segarkan('naskah_ttd', true);
SELECT laporan.segarkan('gagal_ttd', true);
SELECT laporan.segarkan('kinerja', true);
