-- CreateEnum
CREATE TYPE "StatusSertifikat" AS ENUM ('ISSUE', 'SUSPEND', 'REVOKE', 'EXPIRED');

-- CreateTable
CREATE TABLE "SertifikatElektronik" (
    "id" UUID NOT NULL,
    "pegawaiId" UUID,
    "nik" TEXT NOT NULL,
    "serial" TEXT NOT NULL,
    "subjectName" TEXT NOT NULL,
    "certificatePem" TEXT NOT NULL,
    "encryptedPrivateKey" TEXT NOT NULL,
    "status" "StatusSertifikat" NOT NULL DEFAULT 'ISSUE',
    "notBefore" TIMESTAMP(3) NOT NULL,
    "notAfter" TIMESTAMP(3) NOT NULL,
    "revokedAt" TIMESTAMP(3),
    "revocationReason" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SertifikatElektronik_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "SertifikatElektronik_serial_key" ON "SertifikatElektronik"("serial");

-- CreateIndex
CREATE INDEX "SertifikatElektronik_nik_createdAt_idx" ON "SertifikatElektronik"("nik", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "SertifikatElektronik_pegawaiId_idx" ON "SertifikatElektronik"("pegawaiId");

-- AddForeignKey
ALTER TABLE "SertifikatElektronik" ADD CONSTRAINT "SertifikatElektronik_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE SET NULL ON UPDATE CASCADE;
