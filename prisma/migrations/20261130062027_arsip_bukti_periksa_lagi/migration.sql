-- AlterTable
ALTER TABLE "Arsip" ADD COLUMN     "buktiGagalAlasan" TEXT,
ADD COLUMN     "buktiGagalBeruntun" INTEGER NOT NULL DEFAULT 0,
ADD COLUMN     "buktiPeriksaLagiPada" TIMESTAMP(3);

-- CreateIndex
CREATE INDEX "Arsip_buktiPeriksaLagiPada_idx" ON "Arsip"("buktiPeriksaLagiPada");
