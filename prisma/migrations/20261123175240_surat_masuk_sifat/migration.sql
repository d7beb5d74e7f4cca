-- AlterTable
ALTER TABLE "Naskah" ADD COLUMN     "sifat" VARCHAR(50);
