-- CreateEnum
CREATE TYPE "PenerbitSertifikat" AS ENUM ('MOCK_CA', 'BSRE');

-- DropIndex
DROP INDEX "SertifikatElektronik_serial_key";

-- AlterTable
ALTER TABLE "SertifikatElektronik" ADD COLUMN     "penerbit" "PenerbitSertifikat" NOT NULL DEFAULT 'MOCK_CA',
ALTER COLUMN "encryptedPrivateKey" DROP NOT NULL;

-- CreateIndex
CREATE UNIQUE INDEX "SertifikatElektronik_penerbit_serial_key" ON "SertifikatElektronik"("penerbit", "serial");
