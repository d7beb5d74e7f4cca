import { prisma } from '@/lib/db';
import { queryRows } from '@/lib/db/query-rows';
import type { Actor } from '@/lib/authz/actor';
import { bukanTerbatas, naskahReadableScope } from '@/lib/authz/scope';
import { bukanTerbatasSql, naskahReadableSql } from '@/lib/authz/scope-sql';
import { DERAJAT_KECEPATAN_LABEL } from '@/lib/domain/naskah/labels';
import { STATUS_DISPOSISI_LABEL } from '@/lib/domain/disposisi/labels';
import { labelAlasanGagal, labelDerajat, labelJenis, labelLangkah, labelSifat } from '@/lib/domain/laporan/labels';
import { formatDurasiJam } from '@/lib/domain/laporan/median';
import { periodeInstan, type LaporanFilter } from '@/lib/domain/laporan/periode';
import { RINCIAN_PER_HALAMAN, type BarisRincian, type Rincian, type RincianInput } from '@/lib/domain/laporan/rincian';
import { Prisma } from '@/lib/generated/prisma/client';
import { JenisNaskah } from '@/lib/generated/prisma/enums';
import { resolveCakupan, type Cakupan } from './resolve-cakupan';
import { utc } from './read-rollup';

/**
 * Letters a report list may name: any not Rahasia / Sangat Rahasia, and those only when the actor
 * may open them (delivered or disposed to their post, or in their drafting chain). Figures still
 * count every letter; the list never shows one the actor may not open.
 */
function bolehDicantumkan(actor: Actor) {
  return { OR: [bukanTerbatas(), naskahReadableScope(actor)] };
}

const DERAJAT = Object.keys(DERAJAT_KECEPATAN_LABEL) as (keyof typeof DERAJAT_KECEPATAN_LABEL)[];

interface Halaman {
  skip: number;
  take: number;
}

function posts(cakupan: Cakupan, kelompok?: string, jabatan?: string): string[] {
  return [...cakupan.jabatan.values()]
    .filter((j) => (!kelompok || j.unitId === kelompok || j.opdId === kelompok) && (!jabatan || j.id === jabatan))
    .map((j) => j.id);
}

async function suratMasuk(actor: Actor, cakupan: Cakupan, input: RincianInput, mulai: Date, akhir: Date, page: Halaman) {
  const [dim, value = ''] = (input.nilai ?? '').split(/:(.*)/s);
  const sifat = dim === 'sifat' ? (value === '' ? { OR: [{ sifat: null }, { sifat: '' }] } : { sifat: { equals: value, mode: 'insensitive' as const } }) : {};
  const derajat = dim === 'derajat' && (DERAJAT as string[]).includes(value) ? { derajatKecepatan: value as (typeof DERAJAT)[number] } : {};
  const rows = await prisma.delivery.findMany({
    where: {
      opdId: { in: cakupan.opdIds },
      ...(cakupan.jabatanIds ? { jabatanId: { in: cakupan.jabatanIds } } : {}),
      deliveredAt: { gte: mulai, lt: akhir },
      ...derajat,
      naskah: { ...sifat, ...bolehDicantumkan(actor) },
    },
    orderBy: [{ deliveredAt: 'desc' }, { id: 'desc' }],
    ...page,
    select: { id: true, deliveredAt: true, derajatKecepatan: true, jabatan: { select: { nama: true } }, naskah: { select: { id: true, perihal: true, nomor: true, sifat: true, pengirimNama: true } } },
  });
  const judul = dim === 'sifat' ? `Surat masuk bersifat ${labelSifat(value)}` : dim === 'derajat' ? `Surat masuk ${labelDerajat(value)}` : 'Surat masuk';
  return {
    judul,
    baris: rows.map((r): BarisRincian => ({
      id: r.id,
      naskahId: r.naskah.id,
      perihal: r.naskah.perihal,
      nomor: r.naskah.nomor,
      waktu: r.deliveredAt,
      keterangan: [r.naskah.pengirimNama && `Dari ${r.naskah.pengirimNama}`, `kepada ${r.jabatan.nama}`, labelDerajat(r.derajatKecepatan)].filter(Boolean).join(' · '),
      href: `/surat-masuk/${r.naskah.id}`,
    })),
  };
}

async function disposisi(actor: Actor, cakupan: Cakupan, input: RincianInput, mulai: Date, akhir: Date, now: Date, page: Halaman) {
  const status = input.nilai ?? 'semua';
  const byStatus =
    status === 'selesai'
      ? { status: 'SELESAI' as const }
      : status === 'selesai-terlambat'
        ? { status: 'SELESAI' as const, selesaiAt: { gt: prisma.penerimaDisposisi.fields.batasWaktu } }
        : status === 'terlambat'
          ? { status: { in: ['BELUM_DIBACA' as const, 'DIBACA' as const, 'DITINDAKLANJUTI' as const] }, batasWaktu: { lt: now } }
          : { status: { not: 'DITARIK' as const } };
  const rows = await prisma.penerimaDisposisi.findMany({
    where: {
      jabatanId: { in: posts(cakupan, input.kelompok, input.jabatan) },
      createdAt: { gte: mulai, lt: akhir },
      ...byStatus,
      disposisi: { naskah: bolehDicantumkan(actor) },
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...page,
    select: {
      id: true, createdAt: true, status: true, batasWaktu: true, selesaiAt: true,
      jabatan: { select: { nama: true } },
      disposisi: { select: { dariJabatan: { select: { nama: true } }, naskah: { select: { id: true, perihal: true, nomor: true } } } },
    },
  });
  const judul = { semua: 'Disposisi', selesai: 'Disposisi selesai', 'selesai-terlambat': 'Disposisi selesai terlambat', terlambat: 'Disposisi terlambat (belum selesai)' }[status] ?? 'Disposisi';
  return {
    judul,
    baris: rows.map((r): BarisRincian => ({
      id: r.id,
      naskahId: r.disposisi.naskah.id,
      perihal: r.disposisi.naskah.perihal,
      nomor: r.disposisi.naskah.nomor,
      waktu: r.createdAt,
      keterangan: [`${r.disposisi.dariJabatan.nama} → ${r.jabatan.nama}`, STATUS_DISPOSISI_LABEL[r.status], r.selesaiAt && `selesai dalam ${formatDurasiJam((r.selesaiAt.getTime() - r.createdAt.getTime()) / 3_600_000)}`]
        .filter(Boolean)
        .join(' · '),
      href: `/surat-masuk/${r.disposisi.naskah.id}`,
    })),
  };
}

function signedWhere(actor: Actor, cakupan: Cakupan, mulai: Date, akhir: Date) {
  return {
    opdId: { in: cakupan.opdIds },
    sumber: 'INTERNAL' as const,
    status: 'DITANDATANGANI' as const,
    ditandatanganiPada: { gte: mulai, lt: akhir },
    ...bolehDicantumkan(actor),
  };
}

async function naskahKeluar(actor: Actor, cakupan: Cakupan, input: RincianInput, mulai: Date, akhir: Date, page: Halaman) {
  const jenis = input.nilai ? { jenis: input.nilai as JenisNaskah } : {};
  const valid = !input.nilai || (Object.values(JenisNaskah) as string[]).includes(input.nilai);
  const rows = valid
    ? await prisma.naskah.findMany({
        where: { ...signedWhere(actor, cakupan, mulai, akhir), ...(cakupan.jabatanIds ? { pembuatJabatanId: { in: cakupan.jabatanIds } } : {}), ...jenis },
        orderBy: [{ ditandatanganiPada: 'desc' }, { id: 'desc' }],
        ...page,
        select: { id: true, perihal: true, nomor: true, jenis: true, createdAt: true, ditandatanganiPada: true },
      })
    : [];
  return {
    judul: input.nilai ? `Naskah keluar: ${labelJenis(input.nilai)}` : 'Naskah keluar',
    baris: rows.map((r): BarisRincian => ({
      id: r.id,
      naskahId: r.id,
      perihal: r.perihal,
      nomor: r.nomor,
      waktu: r.ditandatanganiPada!,
      keterangan: `${labelJenis(r.jenis ?? 'LAINNYA')} · konsep sampai tanda tangan ${formatDurasiJam((r.ditandatanganiPada!.getTime() - r.createdAt.getTime()) / 3_600_000)}`,
      href: `/konsep/${r.id}`,
    })),
  };
}

async function tunggu(actor: Actor, cakupan: Cakupan, input: RincianInput, mulai: Date, akhir: Date, page: Halaman) {
  const langkah = Number(input.nilai);
  if (!Number.isInteger(langkah)) return { judul: 'Waktu tunggu', baris: [] };
  // The longest waits at this step among the naskah the actor may see, from the per-naskah rollup
  // (as fresh as the figure the drill-down came from), ordered and paged inside the query.
  const postFilter = cakupan.jabatanIds ? Prisma.sql`AND w.jabatan_id = ANY(${cakupan.jabatanIds}::uuid[])` : Prisma.empty;
  const waits = await queryRows<{ naskah_id: string; jabatan_id: string | null; jam: number }>(Prisma.sql`
    SELECT w.naskah_id, w.jabatan_id, w.jam FROM laporan.tunggu_per_naskah w JOIN "Naskah" n ON n.id = w.naskah_id
    WHERE w.langkah = ${langkah} AND w.opd_id = ANY(${cakupan.opdIds}::uuid[])
      AND w.ditandatangani_pada >= ${utc(mulai)} AND w.ditandatangani_pada < ${utc(akhir)} ${postFilter}
      AND n.sumber = 'INTERNAL' AND n.status = 'DITANDATANGANI'
      AND (${bukanTerbatasSql(Prisma.sql`n`)} OR ${naskahReadableSql(actor, 'n')})
    ORDER BY w.jam DESC, w.naskah_id LIMIT ${page.take} OFFSET ${page.skip}`);
  const naskah = new Map((await prisma.naskah.findMany({ where: { id: { in: waits.map((w) => w.naskah_id) } }, select: { id: true, perihal: true, nomor: true, ditandatanganiPada: true } })).map((n) => [n.id, n]));
  return {
    judul: `Waktu tunggu: ${labelLangkah(langkah)}`,
    baris: waits.map((w): BarisRincian => {
      const n = naskah.get(w.naskah_id)!;
      return {
        id: `${w.naskah_id}:${w.jabatan_id ?? ''}`,
        naskahId: n.id,
        perihal: n.perihal,
        nomor: n.nomor,
        waktu: n.ditandatanganiPada!,
        keterangan: `Menunggu ${formatDurasiJam(w.jam)} di ${(w.jabatan_id && cakupan.jabatan.get(w.jabatan_id)?.nama) || 'jabatan lain'}`,
        href: `/konsep/${n.id}`,
      };
    }),
  };
}

async function gagalTtd(actor: Actor, cakupan: Cakupan, input: RincianInput, mulai: Date, akhir: Date, page: Halaman) {
  const audits = await prisma.auditLog.findMany({
    where: {
      action: 'naskah.signFail',
      opdId: { in: cakupan.opdIds },
      createdAt: { gte: mulai, lt: akhir },
      ...(cakupan.jabatanIds ? { actorJabatanId: { in: cakupan.jabatanIds } } : {}),
      ...(input.nilai ? { after: { path: ['kode'], equals: input.nilai } } : {}),
    },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    ...page,
    select: { id: true, entityId: true, createdAt: true, after: true, actorJabatan: { select: { nama: true } } },
  });
  const uuid = /^[0-9a-f-]{36}$/i;
  const naskah = new Map(
    (await prisma.naskah.findMany({ where: { id: { in: audits.map((a) => a.entityId).filter((id) => uuid.test(id)) }, ...bolehDicantumkan(actor) }, select: { id: true, perihal: true, nomor: true } })).map((n) => [n.id, n]),
  );
  return {
    judul: input.nilai ? `Gagal tanda tangan: ${labelAlasanGagal(input.nilai)}` : 'Gagal tanda tangan',
    baris: audits.flatMap((a): BarisRincian[] => {
      const n = naskah.get(a.entityId);
      if (!n) return [];
      const kode = (a.after as { kode?: string } | null)?.kode ?? 'INTERNAL';
      return [{ id: String(a.id), naskahId: n.id, perihal: n.perihal, nomor: n.nomor, waktu: a.createdAt, keterangan: [labelAlasanGagal(kode), a.actorJabatan?.nama].filter(Boolean).join(' · '), href: `/konsep/${n.id}` }];
    }),
  };
}

/** The list behind one figure of a report, newest (or longest) first, a page at a time. */
export async function listRincian(actor: Actor, filter: LaporanFilter, input: RincianInput, now = new Date()): Promise<Rincian> {
  const cakupan = await resolveCakupan(actor, filter);
  const { mulai, akhir } = periodeInstan(filter);
  const halaman = input.halaman ?? 1;
  // One more than a page tells whether a next page exists without counting the whole period.
  const page = { skip: (halaman - 1) * RINCIAN_PER_HALAMAN, take: RINCIAN_PER_HALAMAN + 1 };
  const result =
    input.rincian === 'surat-masuk'
      ? await suratMasuk(actor, cakupan, input, mulai, akhir, page)
      : input.rincian === 'disposisi'
        ? await disposisi(actor, cakupan, input, mulai, akhir, now, page)
        : input.rincian === 'naskah-keluar'
          ? await naskahKeluar(actor, cakupan, input, mulai, akhir, page)
          : input.rincian === 'tunggu'
            ? await tunggu(actor, cakupan, input, mulai, akhir, page)
            : await gagalTtd(actor, cakupan, input, mulai, akhir, page);
  return { judul: result.judul, baris: result.baris.slice(0, RINCIAN_PER_HALAMAN), halaman, adaBerikutnya: result.baris.length > RINCIAN_PER_HALAMAN };
}
