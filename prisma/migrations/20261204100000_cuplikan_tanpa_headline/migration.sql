-- A search result's snippet is cut here and marked in the app (lib/domain/cari/highlight.ts, cuplikanDari).
-- ts_headline parsed the 6,000 characters it was given for each of the twenty results of a page: 0.6
-- of the 2.6 ms of a search at 1M with the 400-character bench letters, about 0.36 ms a result for a
-- real letter of 6,000. This returns panjang characters from sebelum before the first word that
-- starts with the pattern (case ignored), or from the start when none does, with awal, where the
-- cut begins (1 at the start of the text), and lanjut, whether text follows the cut. PL/pgSQL reads
-- the text once (an inlined SQL function evaluated its argument, a long detoasted text, once per
-- use). The pattern is made from the search words, letters and digits only (polaCuplikan), never
-- typed regex. The body is an E string with \x3B for its semicolons, as in cari_teks_terbatas: the
-- migration runner splits at them.
CREATE FUNCTION eoffice_potongan_cuplikan(teks text, pola text, sebelum int, panjang int, OUT awal int, OUT potongan text, OUT lanjut boolean)
  LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS E'
BEGIN
  awal := greatest(1, coalesce(nullif(regexp_instr(teks, pola, 1, 1, 0, ''i''), 0), 1) - sebelum)\x3B
  potongan := substr(teks, awal, panjang + 1)\x3B
  lanjut := length(potongan) > panjang\x3B
  IF lanjut THEN potongan := left(potongan, panjang)\x3B END IF\x3B
END';

DROP FUNCTION eoffice_jendela_cuplikan(text, text);

-- The words of a naskah konten as a reader sees them, for its snippet: every string in it, one after
-- another, tags and entities made spaces. eoffice_teks_json (the search document) gives the JSON
-- array text, brackets, quotes and escapes included, which the words parser never minded.
CREATE FUNCTION eoffice_teks_polos(jsonb) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  RETURN (SELECT regexp_replace(coalesce(string_agg(v #>> '{}', ' '), ''), E'<[^>]*>|&[a-zA-Z]+\x3B|&#[0-9]+\x3B', ' ', 'g')
          FROM jsonb_path_query($1, 'strict $.** ? (@.type() == "string")') v);
