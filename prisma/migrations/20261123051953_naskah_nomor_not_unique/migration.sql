-- DropIndex
DROP INDEX "Naskah_opdId_nomor_key";

-- CreateIndex
CREATE INDEX "Naskah_opdId_nomor_idx" ON "Naskah"("opdId", "nomor");
