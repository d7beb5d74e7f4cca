-- CreateEnum
CREATE TYPE "KanalNotifikasi" AS ENUM ('EMAIL', 'WHATSAPP', 'PUSH');

-- CreateEnum
CREATE TYPE "StatusPengiriman" AS ENUM ('MENUNGGU', 'TERKIRIM', 'GAGAL');

-- AlterTable
ALTER TABLE "Notifikasi" ADD COLUMN     "jabatanId" UUID,
ADD COLUMN     "jenis" TEXT NOT NULL DEFAULT 'UMUM',
ADD COLUMN     "kunci" TEXT;

-- AlterTable
ALTER TABLE "Pegawai" ADD COLUMN     "nomorWhatsapp" TEXT;

-- CreateTable
CREATE TABLE "PengirimanNotifikasi" (
    "id" UUID NOT NULL,
    "notifikasiId" UUID NOT NULL,
    "kanal" "KanalNotifikasi" NOT NULL,
    "tujuan" TEXT NOT NULL,
    "status" "StatusPengiriman" NOT NULL DEFAULT 'MENUNGGU',
    "ringkasan" BOOLEAN NOT NULL DEFAULT false,
    "percobaan" INTEGER NOT NULL DEFAULT 0,
    "galat" TEXT,
    "terkirimAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PengirimanNotifikasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PreferensiNotifikasi" (
    "pegawaiId" UUID NOT NULL,
    "kanal" JSONB NOT NULL,
    "jamTenangMulai" INTEGER,
    "jamTenangSelesai" INTEGER,
    "ringkasanHarian" BOOLEAN NOT NULL DEFAULT false,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "PreferensiNotifikasi_pkey" PRIMARY KEY ("pegawaiId")
);

-- CreateIndex
CREATE INDEX "PengirimanNotifikasi_status_ringkasan_idx" ON "PengirimanNotifikasi"("status", "ringkasan");

-- CreateIndex
CREATE UNIQUE INDEX "PengirimanNotifikasi_notifikasiId_kanal_key" ON "PengirimanNotifikasi"("notifikasiId", "kanal");

-- CreateIndex
CREATE UNIQUE INDEX "Notifikasi_kunci_pegawaiId_key" ON "Notifikasi"("kunci", "pegawaiId");

-- AddForeignKey
ALTER TABLE "PengirimanNotifikasi" ADD CONSTRAINT "PengirimanNotifikasi_notifikasiId_fkey" FOREIGN KEY ("notifikasiId") REFERENCES "Notifikasi"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PreferensiNotifikasi" ADD CONSTRAINT "PreferensiNotifikasi_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;
