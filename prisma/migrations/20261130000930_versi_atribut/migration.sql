-- AlterTable
ALTER TABLE "VersiNaskah" ADD COLUMN     "atribut" JSONB;
