-- A post's signed naskah newest first (Arsip, Terkirim, Sudah Ditandatangani) read every signed
-- naskah of the post and sorted them for one page: 10,000 for a Kepala Dinas at 1M, 14 ms. With the
-- signing time in the index each list is one short range. They replace the (post, status) indexes,
-- whose queries the new ones serve by their prefix.
DROP INDEX "Naskah_pembuatJabatanId_status_idx";
DROP INDEX "Naskah_penandatanganJabatanId_status_idx";
CREATE INDEX "Naskah_pembuatJabatanId_status_ditandatanganiPada_id_idx" ON "Naskah"("pembuatJabatanId", "status", "ditandatanganiPada" DESC, "id" DESC);
CREATE INDEX "Naskah_penandatanganJabatanId_status_ditandatanganiPada_id_idx" ON "Naskah"("penandatanganJabatanId", "status", "ditandatanganiPada" DESC, "id" DESC);
