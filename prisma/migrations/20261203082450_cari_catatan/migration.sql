-- Disposisi catatan and tindak lanjut reports searched by the posts that may read them, newest
-- first and bounded, as the letters are. Each recipient row and each report carries its letter,
-- its words and its readers (the recipient's or writer's post, jabatanId, and the giver's post,
-- dariJabatanId), so one post's matches are one walk of one index of (post, time) for a common
-- word, or the words' GIN index ANDed with the post's index for a rare one (lib/services/cari/
-- cari-surat.ts cariLainSql). Before, the words were expression indexes and a report's readers
-- two joins away: a word in most reports ("arahan") fetched every matching report of every office
-- and looked up its recipient and disposisi, 2.8 million of them at 1M letters, 20-29 s a search.
-- The migration runner splits scripts at every semicolon, so PL/pgSQL bodies are E-strings with \x3B.

-- AlterTable
ALTER TABLE "PenerimaDisposisi" ADD COLUMN     "cari" tsvector,
ADD COLUMN     "naskahId" UUID;

-- AlterTable
ALTER TABLE "TindakLanjut" ADD COLUMN     "cari" tsvector,
ADD COLUMN     "dariJabatanId" UUID,
ADD COLUMN     "jabatanId" UUID,
ADD COLUMN     "naskahId" UUID;

-- The words of a catatan or report as the search reads them (none for none).
CREATE FUNCTION eoffice_kata_catatan(text) RETURNS tsvector
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN to_tsvector('simple'::regconfig, eoffice_unaccent($1));

-- A recipient row takes its disposisi's letter and catatan words when it is made.
CREATE FUNCTION eoffice_penerima_disposisi_cari() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  SELECT ds."naskahId", eoffice_kata_catatan(ds."catatan") INTO NEW."naskahId", NEW."cari"
  FROM "Disposisi" ds WHERE ds.id = NEW."disposisiId"\x3B
  RETURN NEW\x3B
END';

CREATE TRIGGER "PenerimaDisposisi_cari" BEFORE INSERT OR UPDATE OF "disposisiId" ON "PenerimaDisposisi"
  FOR EACH ROW EXECUTE FUNCTION eoffice_penerima_disposisi_cari();

-- The app never edits a catatan once given: should anything do so, its recipients follow.
CREATE FUNCTION eoffice_disposisi_catatan_cari() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "PenerimaDisposisi" SET "cari" = eoffice_kata_catatan(NEW."catatan") WHERE "disposisiId" = NEW.id\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Disposisi_catatan_cari" AFTER UPDATE OF "catatan" ON "Disposisi"
  FOR EACH ROW WHEN (OLD."catatan" IS DISTINCT FROM NEW."catatan") EXECUTE FUNCTION eoffice_disposisi_catatan_cari();

-- A report takes its letter and readers from its recipient row, which never moves to another
-- disposisi or post.
CREATE FUNCTION eoffice_tindak_lanjut_cari() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."cari" := eoffice_kata_catatan(NEW."catatan")\x3B
  SELECT pd."naskahId", pd."jabatanId", pd."dariJabatanId" INTO NEW."naskahId", NEW."jabatanId", NEW."dariJabatanId"
  FROM "PenerimaDisposisi" pd WHERE pd.id = NEW."penerimaDisposisiId"\x3B
  RETURN NEW\x3B
END';

CREATE TRIGGER "TindakLanjut_cari" BEFORE INSERT OR UPDATE OF "catatan", "penerimaDisposisiId" ON "TindakLanjut"
  FOR EACH ROW EXECUTE FUNCTION eoffice_tindak_lanjut_cari();

-- The rows already there, before their indexes exist. The statement triggers that refresh the
-- letters' readers and mark report days stale are off meanwhile: no reader or report changes here,
-- and at 1M letters they would re-read every letter's readers.
ALTER TABLE "PenerimaDisposisi" DISABLE TRIGGER "PenerimaDisposisi_pembaca_update", DISABLE TRIGGER "PenerimaDisposisi_laporan_update";
UPDATE "PenerimaDisposisi" pd SET "naskahId" = ds."naskahId", "cari" = eoffice_kata_catatan(ds."catatan")
FROM "Disposisi" ds WHERE ds.id = pd."disposisiId";
ALTER TABLE "PenerimaDisposisi" ENABLE TRIGGER "PenerimaDisposisi_pembaca_update", ENABLE TRIGGER "PenerimaDisposisi_laporan_update";

ALTER TABLE "TindakLanjut" DISABLE TRIGGER "TindakLanjut_laporan_update";
UPDATE "TindakLanjut" t SET "cari" = eoffice_kata_catatan(t."catatan"), "naskahId" = pd."naskahId", "jabatanId" = pd."jabatanId", "dariJabatanId" = pd."dariJabatanId"
FROM "PenerimaDisposisi" pd WHERE pd.id = t."penerimaDisposisiId";
ALTER TABLE "TindakLanjut" ENABLE TRIGGER "TindakLanjut_laporan_update";

-- CreateIndex
CREATE INDEX "PenerimaDisposisi_dariJabatanId_createdAt_idx" ON "PenerimaDisposisi"("dariJabatanId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "PenerimaDisposisi_cari_idx" ON "PenerimaDisposisi" USING GIN ("cari") WITH (gin_pending_list_limit = 128);

-- CreateIndex
CREATE INDEX "TindakLanjut_jabatanId_createdAt_idx" ON "TindakLanjut"("jabatanId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "TindakLanjut_dariJabatanId_createdAt_idx" ON "TindakLanjut"("dariJabatanId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "TindakLanjut_cari_idx" ON "TindakLanjut" USING GIN ("cari") WITH (gin_pending_list_limit = 128);

-- A recipient's disposisi newest first whatever their status (the inbox index has the status
-- second), without the withdrawn ones they may no longer read. Partial: Prisma's schema cannot
-- express it and leaves it alone.
CREATE INDEX "PenerimaDisposisi_diterima_tanggal_idx" ON "PenerimaDisposisi" ("jabatanId", "createdAt" DESC) WHERE "status" <> 'DITARIK';

DROP INDEX IF EXISTS "Disposisi_catatan_cari_idx";
DROP INDEX IF EXISTS "TindakLanjut_catatan_cari_idx";
