-- CreateTable
CREATE TABLE "LanggananPush" (
    "id" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "endpoint" TEXT NOT NULL,
    "p256dh" TEXT NOT NULL,
    "auth" TEXT NOT NULL,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "terakhirDipakai" TIMESTAMP(3),

    CONSTRAINT "LanggananPush_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "LanggananPush_endpoint_key" ON "LanggananPush"("endpoint");

-- CreateIndex
CREATE INDEX "LanggananPush_pegawaiId_idx" ON "LanggananPush"("pegawaiId");

-- AddForeignKey
ALTER TABLE "LanggananPush" ADD CONSTRAINT "LanggananPush_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE CASCADE ON UPDATE CASCADE;
