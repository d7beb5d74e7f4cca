-- CreateTable
CREATE TABLE "Sesi" (
    "id" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "dibuatPada" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "kedaluwarsa" TIMESTAMP(3) NOT NULL,
    "berakhirPada" TIMESTAMP(3),
    "alasanBerakhir" TEXT,
    "ip" TEXT,
    "userAgent" TEXT,

    CONSTRAINT "Sesi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limit" (
    "key" VARCHAR(255) NOT NULL,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT,

    CONSTRAINT "rate_limit_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE INDEX "Sesi_pegawaiId_idx" ON "Sesi"("pegawaiId");

-- AddForeignKey
ALTER TABLE "Sesi" ADD CONSTRAINT "Sesi_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;
