// The report's reads of the rollups (tables in the schema laporan, migration laporan_bertahap), each
// filtered to the covered OPDs, the period's days and, when a unit is chosen, its posts.
import { queryRows } from '@/lib/db/query-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Periode } from '@/lib/domain/laporan/periode';
import type { Bucket } from '@/lib/domain/laporan/median';
import type { Cakupan } from './resolve-cakupan';

type Where = Prisma.Sql;

/** A moment as the stored "timestamp without time zone" in UTC, whatever the session's zone. */
export function utc(at: Date): Prisma.Sql {
  return Prisma.sql`(${at.toISOString()}::timestamptz AT TIME ZONE 'UTC')`;
}

export function rollupWhere(cakupan: Cakupan, periode: Periode): Where {
  const posts = cakupan.jabatanIds === null ? Prisma.empty : Prisma.sql`AND jabatan_id = ANY(${cakupan.jabatanIds}::uuid[])`;
  return Prisma.sql`opd_id = ANY(${cakupan.opdIds}::uuid[]) AND tanggal BETWEEN ${periode.dari}::date AND ${periode.sampai}::date ${posts}`;
}

export function readSuratMasuk(where: Where) {
  return queryRows<{ sifat: string; derajat: string; jumlah: number }>(Prisma.sql`
    SELECT sifat, derajat, sum(jumlah)::int AS jumlah FROM laporan.surat_masuk WHERE ${where} GROUP BY sifat, derajat`);
}

export function readDisposisiPerJabatan(where: Where) {
  return queryRows<{ jabatan_id: string; total: number; selesai: number; selesai_terlambat: number }>(Prisma.sql`
    SELECT jabatan_id, sum(jumlah)::int AS total, coalesce(sum(jumlah) FILTER (WHERE selesai), 0)::int AS selesai,
           coalesce(sum(jumlah) FILTER (WHERE selesai_terlambat), 0)::int AS selesai_terlambat
    FROM laporan.disposisi WHERE ${where} GROUP BY jabatan_id`);
}

export function readDisposisiDurasi(where: Where): Promise<Bucket[]> {
  return queryRows<Bucket>(Prisma.sql`
    SELECT jam_selesai AS jam, sum(jumlah)::int AS jumlah FROM laporan.disposisi WHERE ${where} AND selesai GROUP BY jam_selesai`);
}

export function readNaskahKeluarPerJenis(where: Where) {
  return queryRows<{ jenis: string; jumlah: number }>(Prisma.sql`
    SELECT jenis, sum(jumlah)::int AS jumlah FROM laporan.naskah_keluar WHERE ${where} GROUP BY jenis`);
}

export function readNaskahKeluarDurasi(where: Where): Promise<Bucket[]> {
  return queryRows<Bucket>(Prisma.sql`SELECT jam, sum(jumlah)::int AS jumlah FROM laporan.naskah_keluar WHERE ${where} GROUP BY jam`);
}

export function readTunggu(where: Where) {
  return queryRows<{ langkah: number; jabatan_id: string | null; kali: number; jam_total: number }>(Prisma.sql`
    SELECT langkah, jabatan_id, sum(kali)::int AS kali, sum(jam_total)::float8 AS jam_total
    FROM laporan.tunggu_langkah WHERE ${where} GROUP BY langkah, jabatan_id`);
}

export function readGagalTtd(where: Where) {
  return queryRows<{ kode: string; jumlah: number }>(Prisma.sql`
    SELECT kode, sum(jumlah)::int AS jumlah FROM laporan.gagal_ttd WHERE ${where} GROUP BY kode`);
}

/**
 * Open disposisi past their deadline at `now`, received in the period, per post with the person who
 * holds it today. Counted live: "overdue" moves with the clock, and open rows are few (a range per
 * post of the partial index of open recipients, migration laporan_bertahap).
 */
export function readTerlambatLive(jabatanIds: string[], mulai: Date, akhir: Date, now: Date) {
  return queryRows<{ jabatan_id: string; pegawai: string | null; terlambat: number }>(Prisma.sql`
    SELECT t.jabatan_id, g.nama AS pegawai, t.terlambat
    FROM (
      SELECT p."jabatanId" AS jabatan_id, count(*)::int AS terlambat
      FROM "PenerimaDisposisi" p
      WHERE p."jabatanId" = ANY(${jabatanIds}::uuid[]) AND p.status IN ('BELUM_DIBACA', 'DIBACA', 'DITINDAKLANJUTI')
        AND p."createdAt" >= ${utc(mulai)} AND p."createdAt" < ${utc(akhir)} AND p."batasWaktu" < ${utc(now)}
      GROUP BY p."jabatanId"
    ) t
    LEFT JOIN "Pegawai" g ON g.id = laporan_pemegang_jabatan(t.jabatan_id, laporan_hari(${utc(now)}))
    ORDER BY t.terlambat DESC, g.nama`);
}
