-- CreateEnum
CREATE TYPE "StatusEksporArsip" AS ENUM ('MENUNGGU', 'BERJALAN', 'SELESAI', 'GAGAL');

-- CreateTable
CREATE TABLE "EksporArsip" (
    "id" UUID NOT NULL,
    "instansiId" UUID NOT NULL,
    "dimintaOlehId" UUID NOT NULL,
    "status" "StatusEksporArsip" NOT NULL DEFAULT 'MENUNGGU',
    "jumlah" INTEGER NOT NULL DEFAULT 0,
    "selesai" INTEGER NOT NULL DEFAULT 0,
    "storageKey" TEXT,
    "ukuran" BIGINT,
    "galat" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "selesaiPada" TIMESTAMP(3),

    CONSTRAINT "EksporArsip_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EksporArsip_instansiId_createdAt_idx" ON "EksporArsip"("instansiId", "createdAt");
