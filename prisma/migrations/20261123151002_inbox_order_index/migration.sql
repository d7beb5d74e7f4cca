-- CreateIndex
CREATE INDEX "Delivery_jabatanId_derajatKecepatan_deliveredAt_id_idx" ON "Delivery"("jabatanId", "derajatKecepatan" DESC, "deliveredAt" DESC, "id" DESC);
