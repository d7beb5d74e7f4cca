-- CreateEnum
CREATE TYPE "StatusTindakanLuring" AS ENUM ('DIPROSES', 'DITERAPKAN', 'DITOLAK');

-- AlterTable
ALTER TABLE "PresetDisposisi" ADD COLUMN     "batasHari" INTEGER;

-- CreateTable
CREATE TABLE "TindakanLuring" (
    "id" UUID NOT NULL,
    "kunci" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "jenis" TEXT NOT NULL,
    "status" "StatusTindakanLuring" NOT NULL DEFAULT 'DIPROSES',
    "pesan" TEXT,
    "dibuatDi" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "selesaiAt" TIMESTAMP(3),

    CONSTRAINT "TindakanLuring_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "TindakanLuring_kunci_key" ON "TindakanLuring"("kunci");

-- CreateIndex
CREATE INDEX "TindakanLuring_pegawaiId_createdAt_idx" ON "TindakanLuring"("pegawaiId", "createdAt");

-- AddForeignKey
ALTER TABLE "TindakanLuring" ADD CONSTRAINT "TindakanLuring_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
