-- A GIN index takes new entries into a pending list (up to gin_pending_list_limit, 4 MB by default)
-- and merges them later: until then every search reads the whole list. An office writes a letter,
-- a disposisi or a report a few times a minute but searches and lists far more often, and at 4 MB a
-- list grew to 360 pages (33,000 entries of tindak lanjut at 1M letters): 2.9 ms of a 10.6 ms search
-- spent reading them, for every search, until a vacuum. At 128 kB a list holds at most 16 pages
-- (0.1 ms to read), and writes cost the same (1,000 letter updates: 1.05-1.55 ms each either way, the
-- merge comes in smaller batches). bench/gin-daftar-tunda.ts measures both.
ALTER INDEX "Naskah_cari_pembacaJabatanIds_idx" SET (gin_pending_list_limit = 128);
ALTER INDEX "Naskah_nomor_pembacaJabatanIds_trgm_idx" SET (gin_pending_list_limit = 128);
ALTER INDEX "Naskah_pengirimNama_trgm_idx" SET (gin_pending_list_limit = 128);
ALTER INDEX "Naskah_pembacaJabatanIds_idx" SET (gin_pending_list_limit = 128);
ALTER INDEX "Naskah_deliveryJabatanIds_idx" SET (gin_pending_list_limit = 128);
ALTER INDEX "Disposisi_catatan_cari_idx" SET (gin_pending_list_limit = 128);
ALTER INDEX "TindakLanjut_catatan_cari_idx" SET (gin_pending_list_limit = 128);

-- A list longer than the new limit is only merged at the next insert or vacuum: merge it now.
SELECT gin_clean_pending_list(c.oid)
FROM pg_class c JOIN pg_am a ON a.oid = c.relam
WHERE a.amname = 'gin' AND c.relkind = 'i' AND c.relnamespace = current_schema()::regnamespace;
