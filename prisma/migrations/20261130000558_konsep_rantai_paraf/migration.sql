-- AlterTable
ALTER TABLE "Naskah" ADD COLUMN     "rantaiParafKonsep" JSONB;
