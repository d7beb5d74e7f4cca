-- CreateEnum
CREATE TYPE "UkuranKertas" AS ENUM ('A4', 'F4');

-- CreateEnum
CREATE TYPE "JenisUnitKerja" AS ENUM ('PIMPINAN', 'SEKRETARIAT', 'BIDANG', 'SUBBAGIAN', 'SEKSI', 'SUBBIDANG', 'UPTD', 'KELOMPOK_FUNGSIONAL', 'LAINNYA');

-- CreateEnum
CREATE TYPE "JenisJabatan" AS ENUM ('STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA');

-- CreateEnum
CREATE TYPE "JenisPenugasan" AS ENUM ('DEFINITIF', 'PLT', 'PLH');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('ADMIN_INSTANSI', 'ADMIN_OPD', 'PENCATAT');

-- CreateEnum
CREATE TYPE "SumberNaskah" AS ENUM ('EKSTERNAL', 'INTERNAL');

-- CreateEnum
CREATE TYPE "JenisNaskah" AS ENUM ('NOTA_DINAS', 'MEMO', 'SURAT_DINAS', 'SURAT_UNDANGAN', 'SURAT_EDARAN', 'SURAT_TUGAS', 'SURAT_PERINTAH', 'KEPUTUSAN', 'PERATURAN', 'INSTRUKSI', 'SOP', 'BERITA_ACARA', 'SURAT_KETERANGAN', 'SURAT_PERNYATAAN', 'SURAT_KUASA', 'SURAT_PENGANTAR', 'PERJANJIAN', 'NOTA_KESEPAHAMAN', 'PENGUMUMAN', 'NOTULA', 'LAPORAN', 'TELAAHAN_STAF', 'LAINNYA');

-- CreateEnum
CREATE TYPE "StatusNaskah" AS ENUM ('KONSEP', 'VERIFIKASI', 'DIKEMBALIKAN', 'MENUNGGU_TANDA_TANGAN', 'DITANDATANGANI', 'TERCATAT', 'DIBATALKAN');

-- CreateEnum
CREATE TYPE "KlasifikasiKeamanan" AS ENUM ('BIASA', 'TERBATAS', 'RAHASIA', 'SANGAT_RAHASIA');

-- CreateEnum
CREATE TYPE "DerajatKecepatan" AS ENUM ('BIASA', 'SEGERA', 'SANGAT_SEGERA');

-- CreateEnum
CREATE TYPE "CaraTandaTangan" AS ENUM ('LANGSUNG', 'AN', 'UB', 'PLT', 'PLH');

-- CreateEnum
CREATE TYPE "JenisPenerima" AS ENUM ('TUJUAN', 'TEMBUSAN');

-- CreateEnum
CREATE TYPE "StatusVerifikasi" AS ENUM ('MENUNGGU', 'DISETUJUI', 'DIKEMBALIKAN');

-- CreateEnum
CREATE TYPE "JenisBerkas" AS ENUM ('PINDAI', 'LAMPIRAN', 'FINAL', 'TINDAK_LANJUT', 'LOGO');

-- CreateEnum
CREATE TYPE "StatusDisposisi" AS ENUM ('BELUM_DIBACA', 'DIBACA', 'DITINDAKLANJUTI', 'SELESAI', 'DITARIK');

-- CreateTable
CREATE TABLE "Instansi" (
    "id" UUID NOT NULL,
    "kode" TEXT NOT NULL,
    "nama" TEXT NOT NULL,
    "ibuKota" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Instansi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Opd" (
    "id" UUID NOT NULL,
    "instansiId" UUID NOT NULL,
    "kode" TEXT NOT NULL,
    "nama" TEXT NOT NULL,
    "singkatan" TEXT NOT NULL,
    "alamat" TEXT NOT NULL,
    "kota" TEXT NOT NULL,
    "kodePos" TEXT,
    "telepon" TEXT,
    "email" TEXT,
    "website" TEXT,
    "logoKey" TEXT,
    "ukuranKertas" "UkuranKertas" NOT NULL DEFAULT 'A4',
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Opd_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "UnitKerja" (
    "id" UUID NOT NULL,
    "opdId" UUID NOT NULL,
    "parentId" UUID,
    "kode" TEXT NOT NULL,
    "nama" TEXT NOT NULL,
    "jenis" "JenisUnitKerja" NOT NULL,
    "urutan" INTEGER NOT NULL DEFAULT 0,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnitKerja_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Jabatan" (
    "id" UUID NOT NULL,
    "opdId" UUID NOT NULL,
    "unitKerjaId" UUID NOT NULL,
    "parentId" UUID,
    "kode" TEXT NOT NULL,
    "nama" TEXT NOT NULL,
    "namaSingkat" TEXT NOT NULL,
    "jenis" "JenisJabatan" NOT NULL,
    "level" INTEGER NOT NULL,
    "eselon" TEXT,
    "isPimpinanOpd" BOOLEAN NOT NULL DEFAULT false,
    "dapatMewakiliAtasan" BOOLEAN NOT NULL DEFAULT false,
    "urutan" INTEGER NOT NULL DEFAULT 0,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Jabatan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Pegawai" (
    "id" UUID NOT NULL,
    "instansiId" UUID NOT NULL,
    "opdId" UUID NOT NULL,
    "nama" TEXT NOT NULL,
    "gelarDepan" TEXT,
    "gelarBelakang" TEXT,
    "nip" TEXT NOT NULL,
    "nik" TEXT NOT NULL,
    "golongan" TEXT,
    "email" TEXT,
    "passwordHash" TEXT NOT NULL,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "gagalMasuk" INTEGER NOT NULL DEFAULT 0,
    "terkunciSampai" TIMESTAMP(3),
    "terakhirMasuk" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Pegawai_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PenugasanJabatan" (
    "id" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "jabatanId" UUID NOT NULL,
    "jenis" "JenisPenugasan" NOT NULL,
    "mulai" DATE NOT NULL,
    "selesai" DATE,
    "alasan" TEXT,
    "nomorSk" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "dibuatOlehId" UUID,

    CONSTRAINT "PenugasanJabatan_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "RoleGrant" (
    "id" UUID NOT NULL,
    "instansiId" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "role" "Role" NOT NULL,
    "opdId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "RoleGrant_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "KlasifikasiArsip" (
    "id" UUID NOT NULL,
    "instansiId" UUID NOT NULL,
    "kode" TEXT NOT NULL,
    "nama" TEXT NOT NULL,
    "parentId" UUID,
    "aktif" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "KlasifikasiArsip_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "InstruksiDisposisi" (
    "id" UUID NOT NULL,
    "opdId" UUID NOT NULL,
    "teks" TEXT NOT NULL,
    "urutan" INTEGER NOT NULL DEFAULT 0,
    "aktif" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "InstruksiDisposisi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TemplatePenomoran" (
    "id" UUID NOT NULL,
    "opdId" UUID NOT NULL,
    "jenis" "JenisNaskah",
    "template" TEXT NOT NULL,
    "panjangNomor" INTEGER NOT NULL DEFAULT 4,
    "urutanPerJenis" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "TemplatePenomoran_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "NomorUrut" (
    "id" UUID NOT NULL,
    "opdId" UUID NOT NULL,
    "seri" TEXT NOT NULL,
    "tahun" INTEGER NOT NULL,
    "terakhir" INTEGER NOT NULL DEFAULT 0,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "NomorUrut_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Naskah" (
    "id" UUID NOT NULL,
    "opdId" UUID NOT NULL,
    "sumber" "SumberNaskah" NOT NULL,
    "jenis" "JenisNaskah",
    "status" "StatusNaskah" NOT NULL,
    "nomor" TEXT,
    "nomorUrut" INTEGER,
    "tahunNomor" INTEGER,
    "tanggalNaskah" DATE,
    "perihal" TEXT NOT NULL,
    "lampiranJumlah" INTEGER NOT NULL DEFAULT 0,
    "lampiranKeterangan" TEXT,
    "klasifikasiKeamanan" "KlasifikasiKeamanan" NOT NULL DEFAULT 'BIASA',
    "derajatKecepatan" "DerajatKecepatan" NOT NULL DEFAULT 'BIASA',
    "klasifikasiArsipId" UUID,
    "nomorAgenda" INTEGER,
    "tahunAgenda" INTEGER,
    "tanggalDiterima" TIMESTAMP(3),
    "pengirimNama" TEXT,
    "pengirimAlamat" TEXT,
    "pembuatPegawaiId" UUID,
    "pembuatJabatanId" UUID,
    "penandatanganJabatanId" UUID,
    "caraTandaTangan" "CaraTandaTangan" NOT NULL DEFAULT 'LANGSUNG',
    "atasNamaJabatanId" UUID,
    "konten" JSONB,
    "versiTerakhir" INTEGER NOT NULL DEFAULT 0,
    "penandatanganPegawaiId" UUID,
    "ditandatanganiPada" TIMESTAMP(3),
    "blokTandaTangan" JSONB,
    "gagalTandaTanganAlasan" TEXT,
    "berkasUtamaId" UUID,
    "kodeVerifikasi" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Naskah_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PenerimaNaskah" (
    "id" UUID NOT NULL,
    "naskahId" UUID NOT NULL,
    "jenis" "JenisPenerima" NOT NULL,
    "urutan" INTEGER NOT NULL DEFAULT 0,
    "jabatanId" UUID,
    "namaEksternal" TEXT,
    "alamatEksternal" TEXT,

    CONSTRAINT "PenerimaNaskah_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VersiNaskah" (
    "id" UUID NOT NULL,
    "naskahId" UUID NOT NULL,
    "versi" INTEGER NOT NULL,
    "perihal" TEXT NOT NULL,
    "konten" JSONB NOT NULL,
    "catatan" TEXT,
    "dibuatOlehPegawaiId" UUID NOT NULL,
    "dibuatOlehJabatanId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VersiNaskah_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "VerifikasiNaskah" (
    "id" UUID NOT NULL,
    "naskahId" UUID NOT NULL,
    "putaran" INTEGER NOT NULL DEFAULT 1,
    "urutan" INTEGER NOT NULL,
    "jabatanId" UUID NOT NULL,
    "status" "StatusVerifikasi" NOT NULL DEFAULT 'MENUNGGU',
    "pegawaiId" UUID,
    "catatan" TEXT,
    "versi" INTEGER,
    "actedAt" TIMESTAMP(3),

    CONSTRAINT "VerifikasiNaskah_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Berkas" (
    "id" UUID NOT NULL,
    "jenis" "JenisBerkas" NOT NULL,
    "storageKey" TEXT NOT NULL,
    "namaFile" TEXT NOT NULL,
    "mime" TEXT NOT NULL,
    "ukuran" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "naskahId" UUID,
    "tindakLanjutId" UUID,
    "diunggahOlehId" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Berkas_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" UUID NOT NULL,
    "naskahId" UUID NOT NULL,
    "jabatanId" UUID NOT NULL,
    "opdId" UUID NOT NULL,
    "jenis" "JenisPenerima" NOT NULL,
    "klasifikasiKeamanan" "KlasifikasiKeamanan" NOT NULL,
    "derajatKecepatan" "DerajatKecepatan" NOT NULL,
    "deliveredAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "readAt" TIMESTAMP(3),
    "readByPegawaiId" UUID,
    "archivedAt" TIMESTAMP(3),

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Disposisi" (
    "id" UUID NOT NULL,
    "naskahId" UUID NOT NULL,
    "deliveryId" UUID NOT NULL,
    "parentPenerimaId" UUID,
    "dariJabatanId" UUID NOT NULL,
    "dariPegawaiId" UUID NOT NULL,
    "instruksi" TEXT[],
    "catatan" TEXT,
    "batasWaktu" TIMESTAMP(3),
    "derajatKecepatan" "DerajatKecepatan" NOT NULL DEFAULT 'BIASA',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "ditarikAt" TIMESTAMP(3),

    CONSTRAINT "Disposisi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PenerimaDisposisi" (
    "id" UUID NOT NULL,
    "disposisiId" UUID NOT NULL,
    "jabatanId" UUID NOT NULL,
    "status" "StatusDisposisi" NOT NULL DEFAULT 'BELUM_DIBACA',
    "readAt" TIMESTAMP(3),
    "readByPegawaiId" UUID,
    "selesaiAt" TIMESTAMP(3),
    "batasWaktu" TIMESTAMP(3),
    "derajatKecepatan" "DerajatKecepatan" NOT NULL DEFAULT 'BIASA',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PenerimaDisposisi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TindakLanjut" (
    "id" UUID NOT NULL,
    "penerimaDisposisiId" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "catatan" TEXT NOT NULL,
    "selesai" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TindakLanjut_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PresetDisposisi" (
    "id" UUID NOT NULL,
    "jabatanId" UUID NOT NULL,
    "nama" TEXT NOT NULL,
    "penerimaJabatanIds" TEXT[],
    "instruksi" TEXT[],
    "catatan" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PresetDisposisi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notifikasi" (
    "id" UUID NOT NULL,
    "pegawaiId" UUID NOT NULL,
    "judul" TEXT NOT NULL,
    "pesan" TEXT NOT NULL,
    "tautan" TEXT,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notifikasi_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditLog" (
    "id" BIGSERIAL NOT NULL,
    "instansiId" UUID NOT NULL,
    "opdId" UUID,
    "actorPegawaiId" UUID,
    "actorJabatanId" UUID,
    "action" TEXT NOT NULL,
    "entityType" TEXT NOT NULL,
    "entityId" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "ip" TEXT,
    "userAgent" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditLog_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Instansi_kode_key" ON "Instansi"("kode");

-- CreateIndex
CREATE UNIQUE INDEX "Opd_instansiId_kode_key" ON "Opd"("instansiId", "kode");

-- CreateIndex
CREATE UNIQUE INDEX "Opd_instansiId_singkatan_key" ON "Opd"("instansiId", "singkatan");

-- CreateIndex
CREATE INDEX "UnitKerja_parentId_idx" ON "UnitKerja"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitKerja_opdId_kode_key" ON "UnitKerja"("opdId", "kode");

-- CreateIndex
CREATE INDEX "Jabatan_parentId_idx" ON "Jabatan"("parentId");

-- CreateIndex
CREATE INDEX "Jabatan_unitKerjaId_idx" ON "Jabatan"("unitKerjaId");

-- CreateIndex
CREATE UNIQUE INDEX "Jabatan_opdId_kode_key" ON "Jabatan"("opdId", "kode");

-- CreateIndex
CREATE UNIQUE INDEX "Pegawai_nip_key" ON "Pegawai"("nip");

-- CreateIndex
CREATE UNIQUE INDEX "Pegawai_email_key" ON "Pegawai"("email");

-- CreateIndex
CREATE INDEX "Pegawai_opdId_idx" ON "Pegawai"("opdId");

-- CreateIndex
CREATE INDEX "Pegawai_nik_idx" ON "Pegawai"("nik");

-- CreateIndex
CREATE INDEX "PenugasanJabatan_pegawaiId_mulai_idx" ON "PenugasanJabatan"("pegawaiId", "mulai");

-- CreateIndex
CREATE INDEX "PenugasanJabatan_jabatanId_mulai_idx" ON "PenugasanJabatan"("jabatanId", "mulai");

-- CreateIndex
CREATE UNIQUE INDEX "RoleGrant_pegawaiId_role_opdId_key" ON "RoleGrant"("pegawaiId", "role", "opdId");

-- CreateIndex
CREATE INDEX "KlasifikasiArsip_parentId_idx" ON "KlasifikasiArsip"("parentId");

-- CreateIndex
CREATE UNIQUE INDEX "KlasifikasiArsip_instansiId_kode_key" ON "KlasifikasiArsip"("instansiId", "kode");

-- CreateIndex
CREATE UNIQUE INDEX "InstruksiDisposisi_opdId_teks_key" ON "InstruksiDisposisi"("opdId", "teks");

-- CreateIndex
CREATE UNIQUE INDEX "TemplatePenomoran_opdId_jenis_key" ON "TemplatePenomoran"("opdId", "jenis");

-- CreateIndex
CREATE UNIQUE INDEX "NomorUrut_opdId_seri_tahun_key" ON "NomorUrut"("opdId", "seri", "tahun");

-- CreateIndex
CREATE UNIQUE INDEX "Naskah_berkasUtamaId_key" ON "Naskah"("berkasUtamaId");

-- CreateIndex
CREATE UNIQUE INDEX "Naskah_kodeVerifikasi_key" ON "Naskah"("kodeVerifikasi");

-- CreateIndex
CREATE INDEX "Naskah_opdId_status_updatedAt_idx" ON "Naskah"("opdId", "status", "updatedAt");

-- CreateIndex
CREATE INDEX "Naskah_pembuatJabatanId_status_idx" ON "Naskah"("pembuatJabatanId", "status");

-- CreateIndex
CREATE INDEX "Naskah_penandatanganJabatanId_status_idx" ON "Naskah"("penandatanganJabatanId", "status");

-- CreateIndex
CREATE INDEX "Naskah_opdId_pengirimNama_idx" ON "Naskah"("opdId", "pengirimNama");

-- CreateIndex
CREATE UNIQUE INDEX "Naskah_opdId_tahunAgenda_nomorAgenda_key" ON "Naskah"("opdId", "tahunAgenda", "nomorAgenda");

-- CreateIndex
CREATE UNIQUE INDEX "Naskah_opdId_nomor_key" ON "Naskah"("opdId", "nomor");

-- CreateIndex
CREATE INDEX "PenerimaNaskah_naskahId_idx" ON "PenerimaNaskah"("naskahId");

-- CreateIndex
CREATE UNIQUE INDEX "VersiNaskah_naskahId_versi_key" ON "VersiNaskah"("naskahId", "versi");

-- CreateIndex
CREATE INDEX "VerifikasiNaskah_jabatanId_status_idx" ON "VerifikasiNaskah"("jabatanId", "status");

-- CreateIndex
CREATE UNIQUE INDEX "VerifikasiNaskah_naskahId_putaran_urutan_key" ON "VerifikasiNaskah"("naskahId", "putaran", "urutan");

-- CreateIndex
CREATE UNIQUE INDEX "Berkas_storageKey_key" ON "Berkas"("storageKey");

-- CreateIndex
CREATE INDEX "Berkas_naskahId_idx" ON "Berkas"("naskahId");

-- CreateIndex
CREATE INDEX "Delivery_jabatanId_readAt_deliveredAt_idx" ON "Delivery"("jabatanId", "readAt", "deliveredAt" DESC);

-- CreateIndex
CREATE INDEX "Delivery_opdId_deliveredAt_idx" ON "Delivery"("opdId", "deliveredAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_naskahId_jabatanId_key" ON "Delivery"("naskahId", "jabatanId");

-- CreateIndex
CREATE INDEX "Disposisi_naskahId_idx" ON "Disposisi"("naskahId");

-- CreateIndex
CREATE INDEX "Disposisi_deliveryId_idx" ON "Disposisi"("deliveryId");

-- CreateIndex
CREATE INDEX "Disposisi_dariJabatanId_createdAt_idx" ON "Disposisi"("dariJabatanId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "PenerimaDisposisi_jabatanId_status_createdAt_idx" ON "PenerimaDisposisi"("jabatanId", "status", "createdAt" DESC);

-- CreateIndex
CREATE UNIQUE INDEX "PenerimaDisposisi_disposisiId_jabatanId_key" ON "PenerimaDisposisi"("disposisiId", "jabatanId");

-- CreateIndex
CREATE INDEX "TindakLanjut_penerimaDisposisiId_idx" ON "TindakLanjut"("penerimaDisposisiId");

-- CreateIndex
CREATE INDEX "PresetDisposisi_jabatanId_idx" ON "PresetDisposisi"("jabatanId");

-- CreateIndex
CREATE INDEX "Notifikasi_pegawaiId_readAt_createdAt_idx" ON "Notifikasi"("pegawaiId", "readAt", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_instansiId_createdAt_idx" ON "AuditLog"("instansiId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_opdId_createdAt_idx" ON "AuditLog"("opdId", "createdAt" DESC);

-- CreateIndex
CREATE INDEX "AuditLog_entityType_entityId_idx" ON "AuditLog"("entityType", "entityId");

-- CreateIndex
CREATE INDEX "AuditLog_actorPegawaiId_createdAt_idx" ON "AuditLog"("actorPegawaiId", "createdAt" DESC);

-- AddForeignKey
ALTER TABLE "Opd" ADD CONSTRAINT "Opd_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitKerja" ADD CONSTRAINT "UnitKerja_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitKerja" ADD CONSTRAINT "UnitKerja_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "UnitKerja"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Jabatan" ADD CONSTRAINT "Jabatan_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Jabatan" ADD CONSTRAINT "Jabatan_unitKerjaId_fkey" FOREIGN KEY ("unitKerjaId") REFERENCES "UnitKerja"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Jabatan" ADD CONSTRAINT "Jabatan_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "Jabatan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pegawai" ADD CONSTRAINT "Pegawai_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Pegawai" ADD CONSTRAINT "Pegawai_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenugasanJabatan" ADD CONSTRAINT "PenugasanJabatan_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenugasanJabatan" ADD CONSTRAINT "PenugasanJabatan_jabatanId_fkey" FOREIGN KEY ("jabatanId") REFERENCES "Jabatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "RoleGrant" ADD CONSTRAINT "RoleGrant_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KlasifikasiArsip" ADD CONSTRAINT "KlasifikasiArsip_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "KlasifikasiArsip" ADD CONSTRAINT "KlasifikasiArsip_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "KlasifikasiArsip"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "InstruksiDisposisi" ADD CONSTRAINT "InstruksiDisposisi_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TemplatePenomoran" ADD CONSTRAINT "TemplatePenomoran_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "NomorUrut" ADD CONSTRAINT "NomorUrut_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Naskah" ADD CONSTRAINT "Naskah_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Naskah" ADD CONSTRAINT "Naskah_klasifikasiArsipId_fkey" FOREIGN KEY ("klasifikasiArsipId") REFERENCES "KlasifikasiArsip"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Naskah" ADD CONSTRAINT "Naskah_pembuatJabatanId_fkey" FOREIGN KEY ("pembuatJabatanId") REFERENCES "Jabatan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Naskah" ADD CONSTRAINT "Naskah_penandatanganJabatanId_fkey" FOREIGN KEY ("penandatanganJabatanId") REFERENCES "Jabatan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Naskah" ADD CONSTRAINT "Naskah_atasNamaJabatanId_fkey" FOREIGN KEY ("atasNamaJabatanId") REFERENCES "Jabatan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Naskah" ADD CONSTRAINT "Naskah_berkasUtamaId_fkey" FOREIGN KEY ("berkasUtamaId") REFERENCES "Berkas"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenerimaNaskah" ADD CONSTRAINT "PenerimaNaskah_naskahId_fkey" FOREIGN KEY ("naskahId") REFERENCES "Naskah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenerimaNaskah" ADD CONSTRAINT "PenerimaNaskah_jabatanId_fkey" FOREIGN KEY ("jabatanId") REFERENCES "Jabatan"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VersiNaskah" ADD CONSTRAINT "VersiNaskah_naskahId_fkey" FOREIGN KEY ("naskahId") REFERENCES "Naskah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerifikasiNaskah" ADD CONSTRAINT "VerifikasiNaskah_naskahId_fkey" FOREIGN KEY ("naskahId") REFERENCES "Naskah"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VerifikasiNaskah" ADD CONSTRAINT "VerifikasiNaskah_jabatanId_fkey" FOREIGN KEY ("jabatanId") REFERENCES "Jabatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Berkas" ADD CONSTRAINT "Berkas_naskahId_fkey" FOREIGN KEY ("naskahId") REFERENCES "Naskah"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Berkas" ADD CONSTRAINT "Berkas_tindakLanjutId_fkey" FOREIGN KEY ("tindakLanjutId") REFERENCES "TindakLanjut"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_naskahId_fkey" FOREIGN KEY ("naskahId") REFERENCES "Naskah"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_jabatanId_fkey" FOREIGN KEY ("jabatanId") REFERENCES "Jabatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_opdId_fkey" FOREIGN KEY ("opdId") REFERENCES "Opd"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disposisi" ADD CONSTRAINT "Disposisi_naskahId_fkey" FOREIGN KEY ("naskahId") REFERENCES "Naskah"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disposisi" ADD CONSTRAINT "Disposisi_deliveryId_fkey" FOREIGN KEY ("deliveryId") REFERENCES "Delivery"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disposisi" ADD CONSTRAINT "Disposisi_parentPenerimaId_fkey" FOREIGN KEY ("parentPenerimaId") REFERENCES "PenerimaDisposisi"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Disposisi" ADD CONSTRAINT "Disposisi_dariJabatanId_fkey" FOREIGN KEY ("dariJabatanId") REFERENCES "Jabatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenerimaDisposisi" ADD CONSTRAINT "PenerimaDisposisi_disposisiId_fkey" FOREIGN KEY ("disposisiId") REFERENCES "Disposisi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PenerimaDisposisi" ADD CONSTRAINT "PenerimaDisposisi_jabatanId_fkey" FOREIGN KEY ("jabatanId") REFERENCES "Jabatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TindakLanjut" ADD CONSTRAINT "TindakLanjut_penerimaDisposisiId_fkey" FOREIGN KEY ("penerimaDisposisiId") REFERENCES "PenerimaDisposisi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PresetDisposisi" ADD CONSTRAINT "PresetDisposisi_jabatanId_fkey" FOREIGN KEY ("jabatanId") REFERENCES "Jabatan"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notifikasi" ADD CONSTRAINT "Notifikasi_pegawaiId_fkey" FOREIGN KEY ("pegawaiId") REFERENCES "Pegawai"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_instansiId_fkey" FOREIGN KEY ("instansiId") REFERENCES "Instansi"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditLog" ADD CONSTRAINT "AuditLog_actorJabatanId_fkey" FOREIGN KEY ("actorJabatanId") REFERENCES "Jabatan"("id") ON DELETE SET NULL ON UPDATE CASCADE;
