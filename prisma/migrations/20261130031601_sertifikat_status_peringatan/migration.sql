-- AlterTable
ALTER TABLE "Pegawai" ADD COLUMN     "statusSertifikat" TEXT,
ADD COLUMN     "statusSertifikatPada" TIMESTAMP(3);

-- AlterTable
ALTER TABLE "SertifikatElektronik" ADD COLUMN     "diperingatkanPada" TIMESTAMP(3);
