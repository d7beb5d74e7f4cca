-- CreateTable
CREATE TABLE "LaporanPembaruan" (
    "id" TEXT NOT NULL,
    "diperbaruiPada" TIMESTAMP(3) NOT NULL,
    "durasiMs" INTEGER NOT NULL,

    CONSTRAINT "LaporanPembaruan_pkey" PRIMARY KEY ("id")
);

-- Reports read these rollups, not the million-row tables, lib/jobs/refresh-laporan.ts refreshes them
-- (CONCURRENTLY, so pages keep reading while it runs) and writes the time into "LaporanPembaruan".
-- Days are calendar days in WIB, as the app shows them. Prisma does not manage these objects.

-- The calendar day (WIB) of a stored UTC timestamp.
CREATE FUNCTION laporan_hari(ts timestamp) RETURNS date LANGUAGE sql STABLE AS $$
  SELECT ((ts AT TIME ZONE 'UTC') AT TIME ZONE 'Asia/Jakarta')::date
$$;

-- Functions that read tables keep the migration's search_path: PostgreSQL 17+ refreshes
-- materialized views with a restricted one.

-- Who answers for a post on a day: the definitif holder, else the Plt., else the Plh.
-- (the order of lib/domain/jabatan/acting.ts effectiveHoldersOf).
CREATE FUNCTION laporan_pemegang_jabatan(jabatan uuid, hari date) RETURNS uuid LANGUAGE sql STABLE
SET search_path FROM CURRENT AS $$
  SELECT p."pegawaiId" FROM "PenugasanJabatan" p
  WHERE p."jabatanId" = jabatan AND p.mulai <= hari AND (p.selesai IS NULL OR p.selesai >= hari)
  ORDER BY CASE p.jenis WHEN 'DEFINITIF' THEN 0 WHEN 'PLT' THEN 1 ELSE 2 END, p.mulai
  LIMIT 1
$$;

-- Letters delivered into posts (tujuan and tembusan), by day, post, sifat as printed and urgency.
CREATE MATERIALIZED VIEW laporan_surat_masuk AS
SELECT laporan_hari(d."deliveredAt") AS tanggal, d."opdId" AS opd_id, d."jabatanId" AS jabatan_id,
       coalesce(initcap(lower(nullif(btrim(n.sifat), ''))), '') AS sifat,
       d."derajatKecepatan"::text AS derajat, count(*)::int AS jumlah
FROM "Delivery" d JOIN "Naskah" n ON n.id = d."naskahId"
GROUP BY 1, 2, 3, 4, 5;
CREATE UNIQUE INDEX laporan_surat_masuk_key ON laporan_surat_masuk (opd_id, tanggal, jabatan_id, sifat, derajat);

-- Disposisi recipients (withdrawn ones left out) by the day they received it, with the hours to
-- done as a histogram, so a median over any period is exact to the hour.
CREATE MATERIALIZED VIEW laporan_disposisi AS
SELECT laporan_hari(p."createdAt") AS tanggal, j."opdId" AS opd_id, p."jabatanId" AS jabatan_id,
       (p.status = 'SELESAI') AS selesai,
       CASE WHEN p.status = 'SELESAI' THEN greatest(0, floor(extract(epoch FROM p."selesaiAt" - p."createdAt") / 3600))::int END AS jam_selesai,
       (p.status = 'SELESAI' AND p."batasWaktu" IS NOT NULL AND p."selesaiAt" > p."batasWaktu") AS selesai_terlambat,
       count(*)::int AS jumlah
FROM "PenerimaDisposisi" p JOIN "Jabatan" j ON j.id = p."jabatanId"
WHERE p.status <> 'DITARIK'
GROUP BY 1, 2, 3, 4, 5, 6;
CREATE UNIQUE INDEX laporan_disposisi_key ON laporan_disposisi (opd_id, tanggal, jabatan_id, selesai, jam_selesai, selesai_terlambat) NULLS NOT DISTINCT;

-- Signed internal naskah by signing day, drafting post and jenis, with the hours from konsep to
-- signature as a histogram.
CREATE MATERIALIZED VIEW laporan_naskah_keluar AS
SELECT laporan_hari(n."ditandatanganiPada") AS tanggal, n."opdId" AS opd_id, n."pembuatJabatanId" AS jabatan_id,
       coalesce(n.jenis::text, 'LAINNYA') AS jenis,
       greatest(0, floor(extract(epoch FROM n."ditandatanganiPada" - n."createdAt") / 3600))::int AS jam,
       count(*)::int AS jumlah
FROM "Naskah" n
WHERE n.sumber = 'INTERNAL' AND n.status = 'DITANDATANGANI' AND n."ditandatanganiPada" IS NOT NULL
GROUP BY 1, 2, 3, 4, 5;
CREATE UNIQUE INDEX laporan_naskah_keluar_key ON laporan_naskah_keluar (opd_id, tanggal, jabatan_id, jenis, jam) NULLS NOT DISTINCT;

-- Where a signed naskah waited: each event (submission, each paraf or return, the signature) is
-- charged the time since the event before it, to the post that had to act. Langkah 0 is drafting
-- (and revising after a return), 1..n the paraf steps, 99 the signature. naskah_ids NULL: every
-- signed naskah (the rollup), a list: only those (a report's drill-down).
CREATE FUNCTION laporan_tunggu_naskah(naskah_ids uuid[])
RETURNS TABLE (naskah_id uuid, langkah int, jabatan_id uuid, jam float8) LANGUAGE sql STABLE
SET search_path FROM CURRENT AS $$
  WITH n AS (
    SELECT id, "createdAt", "ditandatanganiPada", "pembuatJabatanId", "penandatanganJabatanId"
    FROM "Naskah"
    WHERE sumber = 'INTERNAL' AND status = 'DITANDATANGANI' AND "ditandatanganiPada" IS NOT NULL
      AND (naskah_ids IS NULL OR id = ANY(naskah_ids))
  ), ev AS (
    SELECT n.id, 0 AS urut, NULL::int AS langkah, NULL::uuid AS jabatan_id, n."createdAt" AS at FROM n
    UNION ALL
    SELECT n.id, 1, 0, n."pembuatJabatanId", a."createdAt"
    FROM n JOIN "AuditLog" a ON a."entityType" = 'Naskah' AND a."entityId" = n.id::text AND a.action = 'naskah.submit'
    UNION ALL
    SELECT n.id, 2, v.urutan, v."jabatanId", v."actedAt"
    FROM n JOIN "VerifikasiNaskah" v ON v."naskahId" = n.id WHERE v."actedAt" IS NOT NULL
    UNION ALL
    SELECT n.id, 3, 99, n."penandatanganJabatanId", n."ditandatanganiPada" FROM n
  ), w AS (
    SELECT id, langkah, jabatan_id,
           greatest(0, extract(epoch FROM at - lag(at) OVER (PARTITION BY id ORDER BY at, urut)) / 3600.0)::float8 AS jam
    FROM ev
  )
  SELECT id, langkah, jabatan_id, jam FROM w WHERE langkah IS NOT NULL
$$;

CREATE MATERIALIZED VIEW laporan_tunggu_langkah AS
SELECT laporan_hari(n."ditandatanganiPada") AS tanggal, n."opdId" AS opd_id, t.langkah, t.jabatan_id,
       count(*)::int AS kali, sum(t.jam)::float8 AS jam_total
FROM laporan_tunggu_naskah(NULL) t JOIN "Naskah" n ON n.id = t.naskah_id
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX laporan_tunggu_langkah_key ON laporan_tunggu_langkah (opd_id, tanggal, langkah, jabatan_id) NULLS NOT DISTINCT;

-- Failed signing attempts (audit naskah.sign.gagal) by day, the signer's post and the reason code.
CREATE MATERIALIZED VIEW laporan_gagal_ttd AS
SELECT laporan_hari(a."createdAt") AS tanggal, a."opdId" AS opd_id, a."actorJabatanId" AS jabatan_id,
       coalesce(a.after ->> 'kode', 'INTERNAL') AS kode, count(*)::int AS jumlah
FROM "AuditLog" a
WHERE a.action = 'naskah.sign.gagal'
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX laporan_gagal_ttd_key ON laporan_gagal_ttd (opd_id, tanggal, jabatan_id, kode) NULLS NOT DISTINCT;

-- Kinerja evidence per pegawai and month: disposisi done (by whoever reported it done, else the
-- post's holder that day) on time or late, naskah drafted, paraf given, naskah signed.
CREATE MATERIALIZED VIEW laporan_kinerja AS
WITH selesai AS (
  SELECT DISTINCT ON ("penerimaDisposisiId") "penerimaDisposisiId", "pegawaiId"
  FROM "TindakLanjut" WHERE selesai ORDER BY "penerimaDisposisiId", "createdAt" DESC
), dispo AS (
  SELECT p."jabatanId", laporan_hari(p."selesaiAt") AS hari, s."pegawaiId",
         (p."batasWaktu" IS NULL OR p."selesaiAt" <= p."batasWaktu") AS tepat, count(*)::int AS n
  FROM "PenerimaDisposisi" p LEFT JOIN selesai s ON s."penerimaDisposisiId" = p.id
  WHERE p.status = 'SELESAI' AND p."selesaiAt" IS NOT NULL
  GROUP BY 1, 2, 3, 4
), kerja AS (
  SELECT date_trunc('month', hari)::date AS bulan, coalesce("pegawaiId", laporan_pemegang_jabatan("jabatanId", hari)) AS pegawai_id,
         CASE WHEN tepat THEN n ELSE 0 END AS tepat, CASE WHEN tepat THEN 0 ELSE n END AS terlambat, 0 AS disusun, 0 AS paraf, 0 AS ttd
  FROM dispo
  UNION ALL
  SELECT date_trunc('month', laporan_hari("createdAt"))::date, "pembuatPegawaiId", 0, 0, 1, 0, 0
  FROM "Naskah" WHERE sumber = 'INTERNAL' AND status <> 'DIBATALKAN' AND "pembuatPegawaiId" IS NOT NULL
  UNION ALL
  SELECT date_trunc('month', laporan_hari("actedAt"))::date, "pegawaiId", 0, 0, 0, 1, 0
  FROM "VerifikasiNaskah" WHERE status = 'DISETUJUI' AND "actedAt" IS NOT NULL AND "pegawaiId" IS NOT NULL
  UNION ALL
  SELECT date_trunc('month', laporan_hari("ditandatanganiPada"))::date, "penandatanganPegawaiId", 0, 0, 0, 0, 1
  FROM "Naskah" WHERE status = 'DITANDATANGANI' AND "ditandatanganiPada" IS NOT NULL AND "penandatanganPegawaiId" IS NOT NULL
)
SELECT bulan, pegawai_id, sum(tepat)::int AS disposisi_tepat, sum(terlambat)::int AS disposisi_terlambat,
       sum(disusun)::int AS naskah_disusun, sum(paraf)::int AS paraf, sum(ttd)::int AS tanda_tangan
FROM kerja WHERE pegawai_id IS NOT NULL
GROUP BY 1, 2;
CREATE UNIQUE INDEX laporan_kinerja_key ON laporan_kinerja (bulan, pegawai_id);
CREATE INDEX laporan_kinerja_pegawai ON laporan_kinerja (pegawai_id, bulan);
