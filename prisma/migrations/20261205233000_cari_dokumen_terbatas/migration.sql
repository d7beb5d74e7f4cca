-- A naskah's search document may not exceed what a tsvector holds (1 MB). Its konten is up to 5 MB
-- (thirty diktum of 200,000 characters, a pasted list of ten thousand names and NIKs among them),
-- and 2 MB of distinct words made a tsvector of 3.5 MB: the trigger failed, and with it the save
-- (an error where the drafter expected "Tersimpan"). The body part (konten and file text) and the
-- people part are now made from as much of their text as fits their share, halving the text until
-- it does. Text of at most a quarter of the share in bytes always fits (a distinct word, its entry
-- and its position take under four bytes a character) and takes the direct path, with no
-- subtransaction: every naskah but the longest.
CREATE FUNCTION eoffice_tsvector_terbatas(teks text, maks_byte integer) RETURNS tsvector
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS E'
DECLARE
  panjang integer := coalesce(length(teks), 0)\x3B
  hasil tsvector\x3B
BEGIN
  IF coalesce(octet_length(teks), 0) * 4 <= maks_byte THEN
    RETURN to_tsvector(''simple''::regconfig, coalesce(teks, ''''))\x3B
  END IF\x3B
  LOOP
    BEGIN
      hasil := to_tsvector(''simple''::regconfig, left(coalesce(teks, ''''), panjang))\x3B
      IF pg_column_size(hasil) <= maks_byte THEN RETURN hasil\x3B END IF\x3B
    EXCEPTION WHEN program_limit_exceeded THEN
      NULL\x3B
    END\x3B
    panjang := panjang / 2\x3B
  END LOOP\x3B
END';

CREATE OR REPLACE FUNCTION eoffice_dokumen_cari(nomor text, agenda integer, perihal text, pengirim text, penerima text, blok jsonb, konten jsonb, berkas text)
  RETURNS tsvector LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN setweight(to_tsvector('simple'::regconfig, eoffice_unaccent(eoffice_teks_nomor(nomor) || ' ' || coalesce(agenda::text, '') || ' ' || coalesce(perihal, ''))), 'A') ||
         setweight(eoffice_tsvector_terbatas(eoffice_unaccent(coalesce(pengirim, '') || ' ' || coalesce(penerima, '') || ' ' || eoffice_teks_json(blok)), 100000), 'B') ||
         setweight(eoffice_tsvector_terbatas(eoffice_unaccent(eoffice_teks_json(konten) || ' ' || coalesce(berkas, '')), 900000), 'C');
