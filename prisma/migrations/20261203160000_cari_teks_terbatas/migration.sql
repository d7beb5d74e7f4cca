-- Letters with long file text (a lampiran listing ten thousand recipients of a bansos is 200,000
-- characters of names and NIKs, and eight of them 1.6 million) stay cheap to search and to save.

-- The text of a naskah's files as its search document holds it: at most 1,000,000 characters (the
-- first files' text, in upload order). Unbounded, each update of the naskah's number, hal or konten
-- rebuilt the tsvector of all of it inside the signing transaction (190 ms for 1.2 million),
-- and a tsvector may not exceed 1 MB: past it the trigger failed and the file's text was lost.
CREATE OR REPLACE FUNCTION eoffice_segarkan_teks_berkas(naskah uuid) RETURNS void LANGUAGE sql AS $$
  UPDATE "Naskah" SET "teksBerkas" = (
    SELECT left(string_agg(b."teks", ' ' ORDER BY b."createdAt"), 1000000) FROM "Berkas" b
    WHERE b."naskahId" = naskah AND b."teks" IS NOT NULL AND b."jenis" IN ('PINDAI', 'LAMPIRAN'))
  WHERE id = naskah
$$;

UPDATE "Naskah" SET "teksBerkas" = left("teksBerkas", 1000000) WHERE length("teksBerkas") > 1000000;

-- The part of a result's text its snippet (ts_headline) is cut from: 6,000 characters around the
-- first place the word appears (case ignored), or the start when it does not. ts_headline parses
-- all the text it is given: 12 ms for 200,000 characters, 70 ms for 1.2 million, for each of the
-- page's twenty results. PL/pgSQL, not SQL: an inlined SQL function evaluated its argument (a
-- long text, detoasted) once per use, 11 ms for 1 MB, where PL/pgSQL reads it once. octet_length
-- is the size, known without counting the characters. `kata` is a search word (letters and digits
-- only, lib/domain/cari/query.ts kataDari), so it is a plain pattern.
CREATE FUNCTION eoffice_jendela_cuplikan(teks text, kata text) RETURNS text
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS E'
BEGIN
  IF octet_length(teks) <= 6000 THEN RETURN teks\x3B END IF\x3B
  RETURN substr(teks, greatest(1, regexp_instr(teks, kata, 1, 1, 0, ''i'') - 1000), 6000)\x3B
END';
