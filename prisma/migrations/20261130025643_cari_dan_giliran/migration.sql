-- Search (one tsvector per letter, kept by triggers) and whose turn it is (kept by triggers).
-- Both extensions ship with PostgreSQL's contrib, and with the embedded server of embedded-postgres.
CREATE EXTENSION IF NOT EXISTS unaccent WITH SCHEMA public;
CREATE EXTENSION IF NOT EXISTS pg_trgm WITH SCHEMA public;

-- unaccent() is only STABLE (its dictionary could change), a generated column needs IMMUTABLE, so the
-- dictionary is named explicitly (the documented way to index unaccented text).
CREATE FUNCTION eoffice_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  RETURN public.unaccent('public.unaccent'::regdictionary, $1);

-- The words of a JSON value (naskah konten, signature block): every string in it, tags and entities
-- stripped, keys left out.
CREATE FUNCTION eoffice_teks_json(jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN regexp_replace(coalesce(jsonb_path_query_array($1, 'strict $.** ? (@.type() == "string")')::text, ''),
                        E'<[^>]*>|&[a-zA-Z]+\x3B|&#[0-9]+\x3B|\\\\[nrt]', ' ', 'g');

-- A number's parts as words too (000.1.2.3/0157/DISKOMINFO/2026 -> 000 1 2 3 0157 DISKOMINFO 2026),
-- so "0157" or "/DISKOMINFO/2026" match it as words, other fragments use the trigram index.
CREATE FUNCTION eoffice_teks_nomor(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN coalesce($1 || ' ' || regexp_replace($1, '[^[:alnum:]]+', ' ', 'g'), '');

-- AlterTable
ALTER TABLE "Berkas" ADD COLUMN     "teks" TEXT;

-- AlterTable
ALTER TABLE "Naskah" ADD COLUMN     "giliranJabatanId" UUID,
ADD COLUMN     "teksBerkas" TEXT,
ADD COLUMN     "teksPenerima" TEXT;

ALTER TABLE "Naskah" ADD COLUMN "cari" tsvector;

-- The search document. Weights: A number and hal, B people (pengirim, tujuan, tembusan, signer),
-- C body and file text.
CREATE FUNCTION eoffice_dokumen_cari(nomor text, agenda integer, perihal text, pengirim text, penerima text, blok jsonb, konten jsonb, berkas text)
  RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN setweight(to_tsvector('simple'::regconfig, eoffice_unaccent(eoffice_teks_nomor(nomor) || ' ' || coalesce(agenda::text, '') || ' ' || coalesce(perihal, ''))), 'A') ||
         setweight(to_tsvector('simple'::regconfig, eoffice_unaccent(coalesce(pengirim, '') || ' ' || coalesce(penerima, '') || ' ' || eoffice_teks_json(blok))), 'B') ||
         setweight(to_tsvector('simple'::regconfig, eoffice_unaccent(eoffice_teks_json(konten) || ' ' || coalesce(berkas, ''))), 'C');

CREATE FUNCTION eoffice_naskah_cari() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."cari" := eoffice_dokumen_cari(NEW."nomor", NEW."nomorAgenda", NEW."perihal", NEW."pengirimNama", NEW."teksPenerima", NEW."blokTandaTangan", NEW."konten", NEW."teksBerkas")\x3B
  RETURN NEW\x3B
END';

CREATE TRIGGER "Naskah_cari" BEFORE INSERT OR UPDATE OF "nomor", "nomorAgenda", "perihal", "pengirimNama", "teksPenerima", "blokTandaTangan", "konten", "teksBerkas" ON "Naskah"
  FOR EACH ROW EXECUTE FUNCTION eoffice_naskah_cari();

-- CreateIndex
CREATE INDEX "Naskah_giliranJabatanId_status_derajatKecepatan_updatedAt_i_idx" ON "Naskah"("giliranJabatanId", "status", "derajatKecepatan" DESC, "updatedAt" DESC, "id" DESC);

-- CreateIndex
CREATE INDEX "Naskah_cari_idx" ON "Naskah" USING GIN ("cari");

-- CreateIndex
CREATE INDEX "Naskah_nomor_trgm_idx" ON "Naskah" USING GIN ("nomor" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Naskah_pengirimNama_trgm_idx" ON "Naskah" USING GIN ("pengirimNama" gin_trgm_ops);

-- Disposisi catatan and tindak lanjut reports are searched by their own readers (lib/services/cari).
CREATE INDEX "Disposisi_catatan_cari_idx" ON "Disposisi" USING GIN (to_tsvector('simple'::regconfig, eoffice_unaccent(coalesce("catatan", ''))));
CREATE INDEX "TindakLanjut_catatan_cari_idx" ON "TindakLanjut" USING GIN (to_tsvector('simple'::regconfig, eoffice_unaccent("catatan")));

-- The migration runner splits scripts at every semicolon, so the PL/pgSQL bodies below are E-strings
-- with \x3B for each one.

-- Tujuan and tembusan names on the naskah row, for its search document.
CREATE FUNCTION eoffice_segarkan_teks_penerima(naskah uuid) RETURNS void LANGUAGE sql AS $$
  UPDATE "Naskah" SET "teksPenerima" = (
    SELECT string_agg(concat_ws(' ', j."nama", j."namaSingkat", p."namaEksternal"), ' ' ORDER BY p."jenis", p."urutan")
    FROM "PenerimaNaskah" p LEFT JOIN "Jabatan" j ON j.id = p."jabatanId" WHERE p."naskahId" = naskah)
  WHERE id = naskah
$$;

CREATE FUNCTION eoffice_penerima_naskah_berubah() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM eoffice_segarkan_teks_penerima(n) FROM (SELECT DISTINCT n FROM unnest(ARRAY[OLD."naskahId", NEW."naskahId"]) n WHERE n IS NOT NULL) s\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "PenerimaNaskah_teks_cari" AFTER INSERT OR UPDATE OR DELETE ON "PenerimaNaskah"
  FOR EACH ROW EXECUTE FUNCTION eoffice_penerima_naskah_berubah();

-- Text layers of the naskah's files (scan, lampiran), not the signed PDF, whose words are the konten.
CREATE FUNCTION eoffice_segarkan_teks_berkas(naskah uuid) RETURNS void LANGUAGE sql AS $$
  UPDATE "Naskah" SET "teksBerkas" = (
    SELECT string_agg(b."teks", ' ' ORDER BY b."createdAt") FROM "Berkas" b
    WHERE b."naskahId" = naskah AND b."teks" IS NOT NULL AND b."jenis" IN ('PINDAI', 'LAMPIRAN'))
  WHERE id = naskah
$$;

CREATE FUNCTION eoffice_berkas_berubah() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  PERFORM eoffice_segarkan_teks_berkas(n) FROM (SELECT DISTINCT n FROM unnest(ARRAY[
    CASE WHEN OLD."teks" IS NOT NULL THEN OLD."naskahId" END,
    CASE WHEN NEW."teks" IS NOT NULL THEN NEW."naskahId" END]) n WHERE n IS NOT NULL) s\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "Berkas_teks_cari" AFTER INSERT OR UPDATE OF "teks", "naskahId" OR DELETE ON "Berkas"
  FOR EACH ROW EXECUTE FUNCTION eoffice_berkas_berubah();

-- Whose turn: the rule of lib/domain/naskah/review-chain.ts currentStep (first waiting step of the
-- latest round, none once that round was returned), plus the signer once every paraf is given.
CREATE FUNCTION eoffice_giliran(naskah uuid, status "StatusNaskah", penandatangan uuid) RETURNS uuid
  LANGUAGE sql STABLE AS $$
  SELECT CASE status
    WHEN 'MENUNGGU_TANDA_TANGAN' THEN penandatangan
    WHEN 'VERIFIKASI' THEN (
      WITH putaran AS (SELECT max(v."putaran") AS p FROM "VerifikasiNaskah" v WHERE v."naskahId" = naskah)
      SELECT v."jabatanId" FROM "VerifikasiNaskah" v, putaran
      WHERE v."naskahId" = naskah AND v."putaran" = putaran.p AND v."status" = 'MENUNGGU'
        AND NOT EXISTS (SELECT 1 FROM "VerifikasiNaskah" r WHERE r."naskahId" = naskah AND r."putaran" = putaran.p AND r."status" = 'DIKEMBALIKAN')
      ORDER BY v."urutan" LIMIT 1)
  END
$$;

CREATE FUNCTION eoffice_naskah_giliran() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  NEW."giliranJabatanId" := eoffice_giliran(NEW.id, NEW."status", NEW."penandatanganJabatanId")\x3B
  RETURN NEW\x3B
END';

CREATE TRIGGER "Naskah_giliran" BEFORE INSERT OR UPDATE OF "status", "penandatanganJabatanId", "giliranJabatanId" ON "Naskah"
  FOR EACH ROW EXECUTE FUNCTION eoffice_naskah_giliran();

-- A step written or acted upon moves the turn: touching the column makes the naskah trigger recompute it.
CREATE FUNCTION eoffice_verifikasi_berubah() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  UPDATE "Naskah" SET "giliranJabatanId" = NULL WHERE id IN (OLD."naskahId", NEW."naskahId")\x3B
  RETURN NULL\x3B
END';

CREATE TRIGGER "VerifikasiNaskah_giliran" AFTER INSERT OR UPDATE OR DELETE ON "VerifikasiNaskah"
  FOR EACH ROW EXECUTE FUNCTION eoffice_verifikasi_berubah();

-- Existing rows.
UPDATE "Naskah" SET "giliranJabatanId" = NULL WHERE "status" IN ('VERIFIKASI', 'MENUNGGU_TANDA_TANGAN');
UPDATE "Naskah" SET "cari" = eoffice_dokumen_cari("nomor", "nomorAgenda", "perihal", "pengirimNama", NULL, "blokTandaTangan", "konten", NULL);
UPDATE "Naskah" n SET "teksPenerima" = (
  SELECT string_agg(concat_ws(' ', j."nama", j."namaSingkat", p."namaEksternal"), ' ' ORDER BY p."jenis", p."urutan")
  FROM "PenerimaNaskah" p LEFT JOIN "Jabatan" j ON j.id = p."jabatanId" WHERE p."naskahId" = n.id)
WHERE EXISTS (SELECT 1 FROM "PenerimaNaskah" p WHERE p."naskahId" = n.id);
