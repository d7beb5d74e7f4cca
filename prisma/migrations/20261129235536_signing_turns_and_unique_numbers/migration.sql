-- CreateEnum
CREATE TYPE "StatusBatchItem" AS ENUM ('MENUNGGU', 'DIPROSES', 'DITANDATANGANI', 'GAGAL', 'DILEWATI', 'BELUM_PASTI');

-- DropIndex
DROP INDEX "Pegawai_nik_idx";

-- AlterTable
ALTER TABLE "Naskah" ADD COLUMN     "idDokumenPenanda" TEXT,
ADD COLUMN     "seriNomor" TEXT,
ADD COLUMN     "tandaTanganBelumPastiSejak" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "GiliranPenomoran" (
    "opdId" UUID NOT NULL,
    "seri" TEXT NOT NULL,
    "tahun" INTEGER NOT NULL,
    "token" UUID,
    "naskahId" UUID,
    "berakhirPada" TIMESTAMP(3),
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "GiliranPenomoran_pkey" PRIMARY KEY ("opdId","seri","tahun")
);

-- CreateTable
CREATE TABLE "BerkasTertunda" (
    "storageKey" TEXT NOT NULL,
    "giliranToken" UUID,
    "berakhirPada" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "BerkasTertunda_pkey" PRIMARY KEY ("storageKey")
);

-- CreateTable
CREATE TABLE "BatchTandaTangan" (
    "id" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "jabatanId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "selesaiPada" TIMESTAMP(3),

    CONSTRAINT "BatchTandaTangan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "BatchTandaTanganItem" (
    "id" UUID NOT NULL,
    "batchId" UUID NOT NULL,
    "urutan" INTEGER NOT NULL,
    "naskahId" UUID NOT NULL,
    "perihal" TEXT NOT NULL,
    "status" "StatusBatchItem" NOT NULL DEFAULT 'MENUNGGU',
    "nomor" TEXT,
    "pesan" TEXT,

    CONSTRAINT "BatchTandaTanganItem_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "BerkasTertunda_giliranToken_idx" ON "BerkasTertunda"("giliranToken");

-- CreateIndex
CREATE UNIQUE INDEX "BatchTandaTanganItem_batchId_urutan_key" ON "BatchTandaTanganItem"("batchId", "urutan");

-- CreateIndex
CREATE UNIQUE INDEX "Pegawai_nik_key" ON "Pegawai"("nik");

-- AddForeignKey
ALTER TABLE "BatchTandaTanganItem" ADD CONSTRAINT "BatchTandaTanganItem_batchId_fkey" FOREIGN KEY ("batchId") REFERENCES "BatchTandaTangan"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Written by hand (the Prisma schema cannot express these, and the schema comments point here).

-- NULL defeats a plain unique index: an ADMIN_INSTANSI grant (opdId null) and an OPD-wide numbering
-- template (jenis null) could otherwise be inserted twice.
DROP INDEX "RoleGrant_pegawaiId_role_opdId_key";
CREATE UNIQUE INDEX "RoleGrant_pegawaiId_role_opdId_key" ON "RoleGrant"("pegawaiId", "role", "opdId") NULLS NOT DISTINCT;
DROP INDEX "TemplatePenomoran_opdId_jenis_key";
CREATE UNIQUE INDEX "TemplatePenomoran_opdId_jenis_key" ON "TemplatePenomoran"("opdId", "jenis") NULLS NOT DISTINCT;

-- The sequence of numbers issued before this migration: the per-jenis template of the OPD decides.
UPDATE "Naskah" n SET "seriNomor" = CASE WHEN EXISTS (
    SELECT 1 FROM "TemplatePenomoran" t
    WHERE t."opdId" = n."opdId" AND t."urutanPerJenis" AND (t."jenis" = n."jenis" OR t."jenis" IS NULL)
  ) THEN n."jenis"::text ELSE 'NASKAH' END
WHERE n."sumber" = 'INTERNAL' AND n."nomorUrut" IS NOT NULL;

-- The backstop of numbering: one issued number per OPD, sequence and year, whatever the code does.
CREATE UNIQUE INDEX "Naskah_nomor_terbit_key" ON "Naskah"("opdId", "seriNomor", "tahunNomor", "nomorUrut")
  WHERE "sumber" = 'INTERNAL' AND "nomorUrut" IS NOT NULL;
