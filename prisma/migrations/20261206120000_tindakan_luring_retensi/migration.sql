-- Keys of offline actions are kept SIMPAN_KUNCI_LURING_HARI days (lib/domain/offline/umur-tindakan.ts)
-- and then swept by age (lib/jobs/sapu-kunci-luring.ts). Every online disposisi and tindak lanjut
-- writes one, so the table grew without end.
CREATE INDEX "TindakanLuring_createdAt_idx" ON "TindakanLuring"("createdAt");
