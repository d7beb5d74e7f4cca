-- The register of one OPD (its external letters) newest first, in the search date's order: a
-- pencatat's search for a common word walks it beside their own post's readers rows (lib/authz/
-- scope-sql.ts naskahReadableLewatPembacaSql) instead of every letter of the instansi along
-- Naskah_tanggal_cari_idx, where the other OPDs' letters were read and thrown away (5,877 letters
-- for 400 matches at 1M). Partial, as the report's indexes: Prisma's schema cannot express it and
-- leaves it alone.
CREATE INDEX "Naskah_register_tanggal_idx" ON "Naskah" ("opdId", (coalesce("tanggalNaskah"::timestamp, "tanggalDiterima", "createdAt")) DESC, id DESC)
  WHERE sumber = 'EKSTERNAL';
