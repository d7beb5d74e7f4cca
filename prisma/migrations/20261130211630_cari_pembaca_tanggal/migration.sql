-- A reader who sees a small share of the letters (a kabid reads 5% of them at 1M) searching for a
-- common word: walking every letter newest first (Naskah_tanggal_cari_idx) visited 36,000 letters to
-- find the 400 newest readable matches, and the readers' GIN index ANDed with the word's spent 400 ms
-- intersecting the two long lists. This table holds each reader's letters in search-date order, so
-- the search walks only the reader's own letters, newest first (lib/services/cari/cari-surat.ts).
-- One row per post in pembacaJabatanIds, kept by a trigger on Naskah whenever the readers or the
-- date change, in the same transaction (pembacaJabatanIds is itself kept by triggers).

-- CreateTable
CREATE TABLE "NaskahPembaca" (
    "jabatanId" UUID NOT NULL,
    "tanggal" TIMESTAMP(3) NOT NULL,
    "naskahId" UUID NOT NULL
);

-- Existing rows, before the keys are built (faster than maintaining them row by row).
INSERT INTO "NaskahPembaca" ("jabatanId", "tanggal", "naskahId")
  SELECT j.id, coalesce(n."tanggalNaskah"::timestamp, n."tanggalDiterima", n."createdAt"), n.id
  FROM "Naskah" n CROSS JOIN LATERAL (SELECT DISTINCT u AS id FROM unnest(n."pembacaJabatanIds") u WHERE u IS NOT NULL) j;

ALTER TABLE "NaskahPembaca" ADD CONSTRAINT "NaskahPembaca_pkey" PRIMARY KEY ("jabatanId","tanggal","naskahId");

-- CreateIndex
CREATE INDEX "NaskahPembaca_naskahId_idx" ON "NaskahPembaca"("naskahId");

-- AddForeignKey
ALTER TABLE "NaskahPembaca" ADD CONSTRAINT "NaskahPembaca_naskahId_fkey" FOREIGN KEY ("naskahId") REFERENCES "Naskah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- The letter's rows, rewritten when its readers or its search date change.
CREATE FUNCTION eoffice_naskah_pembaca_tanggal() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP = ''UPDATE'' THEN
    DELETE FROM "NaskahPembaca" WHERE "naskahId" = OLD.id\x3B
  END IF\x3B
  INSERT INTO "NaskahPembaca" ("jabatanId", "tanggal", "naskahId")
    SELECT DISTINCT u, coalesce(NEW."tanggalNaskah"::timestamp, NEW."tanggalDiterima", NEW."createdAt"), NEW.id
    FROM unnest(NEW."pembacaJabatanIds") u WHERE u IS NOT NULL\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Naskah_pembaca_tanggal_insert" AFTER INSERT ON "Naskah"
  FOR EACH ROW EXECUTE FUNCTION eoffice_naskah_pembaca_tanggal();

CREATE TRIGGER "Naskah_pembaca_tanggal_update" AFTER UPDATE ON "Naskah" FOR EACH ROW
  WHEN (OLD."pembacaJabatanIds" IS DISTINCT FROM NEW."pembacaJabatanIds"
    OR OLD."tanggalNaskah" IS DISTINCT FROM NEW."tanggalNaskah"
    OR OLD."tanggalDiterima" IS DISTINCT FROM NEW."tanggalDiterima"
    OR OLD."createdAt" IS DISTINCT FROM NEW."createdAt")
  EXECUTE FUNCTION eoffice_naskah_pembaca_tanggal();

-- The walk stops after a few thousand rows: the planner's parallel plan split it over workers that
-- each walked their share past the point where one would have stopped (2,259 rows against 2,010 at
-- 1M), on cores the other requests need, and the leader waited for them.
ALTER TABLE "NaskahPembaca" SET (parallel_workers = 0);

ANALYZE "NaskahPembaca";
