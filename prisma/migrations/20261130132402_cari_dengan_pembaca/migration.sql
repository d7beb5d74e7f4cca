-- Search intersects a word's matches with the letters the actor may read inside one GIN index.
-- With separate indexes PostgreSQL built a bitmap of every letter the actor may read and ANDed it
-- with the word's bitmap: for a Kepala with 80,000 letters (400k bench) that bitmap cost ~24 ms of
-- CPU per search, 20 times the rare word itself. In a multicolumn GIN index the scan advances the
-- reader's posting tree past each word match instead of reading all of it (EXPLAIN: one Bitmap Index
-- Scan with both conditions). The planner uses it for each arm of the search's OR (words, number)
-- with the reader condition taken from the enclosing AND. The plain reader index stays for the lists.
-- A multicolumn GIN index answers a condition on its first column alone as well as a single-column
-- one, so the old word and number indexes are dropped, after their replacements exist.

-- CreateIndex
CREATE INDEX "Naskah_cari_pembacaJabatanIds_idx" ON "Naskah" USING GIN ("cari", "pembacaJabatanIds");

-- CreateIndex
CREATE INDEX "Naskah_nomor_pembacaJabatanIds_trgm_idx" ON "Naskah" USING GIN ("nomor" gin_trgm_ops, "pembacaJabatanIds");

-- DropIndex
DROP INDEX "Naskah_cari_idx";

-- DropIndex
DROP INDEX "Naskah_nomor_trgm_idx";
