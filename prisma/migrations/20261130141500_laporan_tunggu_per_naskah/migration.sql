-- The drill-down of a wait figure lists the naskah that waited longest at one step. It used to
-- recompute the waits of up to 5,000 signed naskah on every view (two index lookups each, most of the
-- page's time at 400k letters) and chose those 5,000 before ordering, so at volume the longest waits
-- could be missed. The waits per naskah are now a rollup of their own, refreshed with the others
-- (before the step totals, which are summed from it, so figure and drill-down tell the same story).
DROP MATERIALIZED VIEW laporan_tunggu_langkah;

CREATE MATERIALIZED VIEW laporan_tunggu_per_naskah AS
SELECT t.naskah_id, n."opdId" AS opd_id, n."ditandatanganiPada" AS ditandatangani_pada, t.langkah, t.jabatan_id,
       count(*)::int AS kali, sum(t.jam)::float8 AS jam
FROM laporan_tunggu_naskah(NULL) t JOIN "Naskah" n ON n.id = t.naskah_id
GROUP BY 1, 2, 3, 4, 5;
CREATE UNIQUE INDEX laporan_tunggu_per_naskah_key ON laporan_tunggu_per_naskah (naskah_id, langkah, jabatan_id) NULLS NOT DISTINCT;
CREATE INDEX laporan_tunggu_per_naskah_terlama ON laporan_tunggu_per_naskah (langkah, opd_id, jam DESC, naskah_id);

CREATE MATERIALIZED VIEW laporan_tunggu_langkah AS
SELECT laporan_hari(ditandatangani_pada) AS tanggal, opd_id, langkah, jabatan_id, sum(kali)::int AS kali, sum(jam)::float8 AS jam_total
FROM laporan_tunggu_per_naskah
GROUP BY 1, 2, 3, 4;
CREATE UNIQUE INDEX laporan_tunggu_langkah_key ON laporan_tunggu_langkah (opd_id, tanggal, langkah, jabatan_id) NULLS NOT DISTINCT;
