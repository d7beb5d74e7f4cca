-- A number that grows whenever the organisation's posts or their holders change, so a server
-- process may keep an OPD's jabatan tree with today's holders (the disposisi form on every letter a
-- pejabat opens, lib/services/disposisi/list-disposisi-options.ts) until it does. The tree was read
-- and built as JSON on every opening: 1.2 ms of the database for a Dinas of 23 posts, 2.7 ms and
-- 62 KB of JSON for one of 173 (a provincial Dinas with its staff), 6.5 ms for 423. The number is a
-- row, not a sequence: read in the same snapshot as the tree, a tree is never kept under a number
-- that names a change it does not hold (a sequence grows before its transaction commits).
-- Statement triggers, once per statement whatever the rows. A transaction that changes the
-- structure holds this one row until it commits, so two such transactions take turns: admin work,
-- rare and short.
CREATE TABLE "StrukturVersi" (
    "id" INTEGER NOT NULL DEFAULT 1,
    "versi" BIGINT NOT NULL DEFAULT 1,
    CONSTRAINT "StrukturVersi_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "StrukturVersi_satu" CHECK ("id" = 1)
);

INSERT INTO "StrukturVersi" ("id", "versi") VALUES (1, 1);

CREATE FUNCTION eoffice_struktur_berubah() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "StrukturVersi" SET "versi" = "versi" + 1 WHERE "id" = 1\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Jabatan_struktur_versi" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "Jabatan"
  FOR EACH STATEMENT EXECUTE FUNCTION eoffice_struktur_berubah();

CREATE TRIGGER "PenugasanJabatan_struktur_versi" AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON "PenugasanJabatan"
  FOR EACH STATEMENT EXECUTE FUNCTION eoffice_struktur_berubah();

-- A holder's name as the form shows it. A new pegawai holds no post until a penugasan names them.
CREATE TRIGGER "Pegawai_struktur_versi" AFTER UPDATE OF "nama", "gelarDepan", "gelarBelakang" OR DELETE OR TRUNCATE ON "Pegawai"
  FOR EACH STATEMENT EXECUTE FUNCTION eoffice_struktur_berubah();
