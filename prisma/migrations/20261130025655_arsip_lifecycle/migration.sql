-- CreateEnum
CREATE TYPE "KeteranganRetensi" AS ENUM ('MUSNAH', 'PERMANEN', 'DINILAI_KEMBALI');

-- CreateEnum
CREATE TYPE "StatusArsip" AS ENUM ('AKTIF', 'INAKTIF', 'MUSNAH', 'DISERAHKAN');

-- CreateEnum
CREATE TYPE "JenisPenyusutan" AS ENUM ('PEMINDAHAN', 'PEMUSNAHAN', 'PENYERAHAN');

-- CreateEnum
CREATE TYPE "StatusPenyusutan" AS ENUM ('DIUSULKAN', 'DISETUJUI', 'DILAKSANAKAN', 'DIBATALKAN');

-- AlterTable
ALTER TABLE "KlasifikasiArsip" ADD COLUMN     "keteranganRetensi" "KeteranganRetensi",
ADD COLUMN     "retensiAktif" INTEGER,
ADD COLUMN     "retensiInaktif" INTEGER;

-- CreateTable
CREATE TABLE "BerkasArsip" (
    "id" UUID NOT NULL,
    "opdId" UUID NOT NULL,
    "unitKerjaId" UUID NOT NULL,
    "klasifikasiArsipId" UUID,
    "judul" TEXT NOT NULL,
    "tahun" INTEGER NOT NULL,
    "kunciOtomatis" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "BerkasArsip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Arsip" (
    "id" UUID NOT NULL,
    "opdId" UUID NOT NULL,
    "unitKerjaId" UUID NOT NULL,
    "naskahId" UUID NOT NULL,
    "berkasArsipId" UUID NOT NULL,
    "klasifikasiArsipId" UUID,
    "tanggal" DATE NOT NULL,
    "aktifSampai" DATE,
    "inaktifSampai" DATE,
    "keterangan" "KeteranganRetensi",
    "status" "StatusArsip" NOT NULL DEFAULT 'AKTIF',
    "buktiBerlakuSampai" TIMESTAMP(3),
    "buktiDiperbaruiPada" TIMESTAMP(3),
    "berkasDihapusPada" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Arsip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Penyusutan" (
    "id" UUID NOT NULL,
    "opdId" UUID NOT NULL,
    "jenis" "JenisPenyusutan" NOT NULL,
    "status" "StatusPenyusutan" NOT NULL DEFAULT 'DIUSULKAN',
    "beritaAcaraNaskahId" UUID NOT NULL,
    "dibuatOlehPegawaiId" UUID NOT NULL,
    "disetujuiPada" TIMESTAMP(3),
    "dilaksanakanPada" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Penyusutan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PenyusutanArsip" (
    "penyusutanId" UUID NOT NULL,
    "arsipId" UUID NOT NULL,

    CONSTRAINT "PenyusutanArsip_pkey" PRIMARY KEY ("penyusutanId","arsipId")
);

-- CreateIndex
CREATE UNIQUE INDEX "BerkasArsip_kunciOtomatis_key" ON "BerkasArsip"("kunciOtomatis");

-- CreateIndex
CREATE INDEX "BerkasArsip_unitKerjaId_tahun_idx" ON "BerkasArsip"("unitKerjaId", "tahun");

-- CreateIndex
CREATE UNIQUE INDEX "Arsip_naskahId_key" ON "Arsip"("naskahId");

-- CreateIndex
CREATE INDEX "Arsip_unitKerjaId_status_tanggal_idx" ON "Arsip"("unitKerjaId", "status", "tanggal");

-- CreateIndex
CREATE INDEX "Arsip_opdId_status_aktifSampai_idx" ON "Arsip"("opdId", "status", "aktifSampai");

-- CreateIndex
CREATE INDEX "Arsip_opdId_status_inaktifSampai_idx" ON "Arsip"("opdId", "status", "inaktifSampai");

-- CreateIndex
CREATE INDEX "Arsip_berkasArsipId_idx" ON "Arsip"("berkasArsipId");

-- CreateIndex
CREATE INDEX "Arsip_buktiBerlakuSampai_idx" ON "Arsip"("buktiBerlakuSampai");

-- CreateIndex
CREATE UNIQUE INDEX "Penyusutan_beritaAcaraNaskahId_key" ON "Penyusutan"("beritaAcaraNaskahId");

-- CreateIndex
CREATE INDEX "Penyusutan_opdId_status_idx" ON "Penyusutan"("opdId", "status");

-- CreateIndex
CREATE INDEX "PenyusutanArsip_arsipId_idx" ON "PenyusutanArsip"("arsipId");

-- AddForeignKey
ALTER TABLE "BerkasArsip" ADD CONSTRAINT "BerkasArsip_unitKerjaId_fkey" FOREIGN KEY ("unitKerjaId") REFERENCES "UnitKerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "BerkasArsip" ADD CONSTRAINT "BerkasArsip_klasifikasiArsipId_fkey" FOREIGN KEY ("klasifikasiArsipId") REFERENCES "KlasifikasiArsip"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Arsip" ADD CONSTRAINT "Arsip_naskahId_fkey" FOREIGN KEY ("naskahId") REFERENCES "Naskah"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Arsip" ADD CONSTRAINT "Arsip_unitKerjaId_fkey" FOREIGN KEY ("unitKerjaId") REFERENCES "UnitKerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Arsip" ADD CONSTRAINT "Arsip_berkasArsipId_fkey" FOREIGN KEY ("berkasArsipId") REFERENCES "BerkasArsip"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Arsip" ADD CONSTRAINT "Arsip_klasifikasiArsipId_fkey" FOREIGN KEY ("klasifikasiArsipId") REFERENCES "KlasifikasiArsip"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Penyusutan" ADD CONSTRAINT "Penyusutan_beritaAcaraNaskahId_fkey" FOREIGN KEY ("beritaAcaraNaskahId") REFERENCES "Naskah"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenyusutanArsip" ADD CONSTRAINT "PenyusutanArsip_penyusutanId_fkey" FOREIGN KEY ("penyusutanId") REFERENCES "Penyusutan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenyusutanArsip" ADD CONSTRAINT "PenyusutanArsip_arsipId_fkey" FOREIGN KEY ("arsipId") REFERENCES "Arsip"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Retention is a number of years: never negative (the JRA import and the edit form check it too).
ALTER TABLE "KlasifikasiArsip" ADD CONSTRAINT "KlasifikasiArsip_retensi_check" CHECK ("retensiAktif" >= 0 AND "retensiInaktif" >= 0);
