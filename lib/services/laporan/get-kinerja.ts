import { prisma } from '@/lib/db';
import { queryRows } from '@/lib/db/query-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/authz/actor';
import { ForbiddenError } from '@/lib/domain/errors';
import { actingPrefix } from '@/lib/domain/jabatan/acting';
import { cocokNamaAtauNip } from '@/lib/domain/pegawai/cocok-pegawai';
import { kinerjaCakupan } from '@/lib/domain/laporan/akses';
import type { BarisKinerja } from '@/lib/domain/laporan/kinerja-kolom';
import { resolveBulan, tambahHari, type KinerjaFilterInput } from '@/lib/domain/laporan/periode';
import type { Pilihan } from '@/lib/domain/laporan/types';
import { REFRESH_LAPORAN_ID } from '@/lib/jobs/refresh-laporan';

export interface Kinerja {
  bulan: string;
  /** Whose rows these are, in words: "Anda", "Anda dan bawahan", an OPD, the pemda. */
  cakupan: string;
  opdPilihan: Pilihan[];
  opdId: string | null;
  baris: BarisKinerja[];
  /** How many people the filter holds; `baris` is one page of them when a halaman was asked. */
  total: number;
  halaman: number | null;
  diperbaruiPada: Date | null;
}

/** People on one page of Kinerja pegawai: the pemda admin's "Seluruh OPD" holds every ASN of the pemda. */
export const KINERJA_PER_HALAMAN = 50;

function akhirBulan(bulan: string): string {
  const [y, m] = bulan.split('-').map(Number) as [number, number];
  return tambahHari(`${m === 12 ? y + 1 : y}-${String(m === 12 ? 1 : m + 1).padStart(2, '0')}-01`, -1);
}

/** Posts below `jabatanId` in its OPD's tree. */
async function postsBelow(jabatanId: string): Promise<string[]> {
  const own = await prisma.jabatan.findUniqueOrThrow({ where: { id: jabatanId }, select: { opdId: true } });
  const all = await prisma.jabatan.findMany({ where: { opdId: own.opdId }, select: { id: true, parentId: true } });
  const below = new Set<string>();
  for (let frontier = [jabatanId]; frontier.length > 0; ) {
    frontier = all.filter((j) => j.parentId && frontier.includes(j.parentId) && !below.has(j.id)).map((j) => j.id);
    frontier.forEach((id) => below.add(id));
  }
  return [...below];
}

/**
 * Kinerja evidence for one month: per pegawai, disposisi done on time and late, naskah drafted,
 * paraf given and naskah signed. A pegawai reads their own row, an atasan also those of the
 * people holding posts below theirs that month, an admin every pegawai of their OPDs. With
 * `input.halaman`, one page of them (by name, then NIP) and how many there are; without, all (the
 * download).
 */
export async function getKinerja(actor: Actor, input: KinerjaFilterInput, now = new Date()): Promise<Kinerja> {
  const bulan = resolveBulan(input.bulan, now);
  const mulai = new Date(`${bulan}-01T00:00:00Z`);
  const akhir = new Date(`${akhirBulan(bulan)}T00:00:00Z`);
  const scope = kinerjaCakupan(actor);
  let opdPilihan: Pilihan[] = [];
  let opdId: string | null = null;
  let where: object;
  let cakupan: string;

  if (scope.jenis === 'opd') {
    opdPilihan = await prisma.opd.findMany({
      where: { instansiId: actor.instansiId, ...(scope.opdIds === 'ALL' ? {} : { id: { in: scope.opdIds } }) },
      select: { id: true, nama: true },
      orderBy: { nama: 'asc' },
    });
    opdId = input.opd ?? (opdPilihan.length === 1 ? opdPilihan[0]!.id : null);
    const opd = opdId ? opdPilihan.find((o) => o.id === opdId) : null;
    if (opdId && !opd) throw new ForbiddenError();
    where = { instansiId: actor.instansiId, opdId: opd ? opd.id : { in: opdPilihan.map((o) => o.id) } };
    cakupan = opd ? opd.nama : 'Seluruh OPD';
  } else if (scope.jenis === 'bawahan') {
    const below = await postsBelow(scope.jabatanId);
    where = { OR: [{ id: actor.pegawaiId }, { penugasan: { some: { jabatanId: { in: below }, mulai: { lte: akhir }, OR: [{ selesai: null }, { selesai: { gte: mulai } }] } } }] };
    cakupan = 'Anda dan pegawai di bawah jabatan Anda';
  } else {
    where = { id: actor.pegawaiId };
    cakupan = 'Anda';
  }

  if (input.q?.trim()) where = { AND: [where, cocokNamaAtauNip(input.q)] };
  const halaman = input.halaman ?? null;
  const [total, pegawai] = await Promise.all([
    halaman === null ? null : prisma.pegawai.count({ where }),
    prisma.pegawai.findMany({
      where,
      orderBy: [{ nama: 'asc' }, { nip: 'asc' }],
      ...(halaman === null ? {} : { skip: (halaman - 1) * KINERJA_PER_HALAMAN, take: KINERJA_PER_HALAMAN }),
      select: {
        id: true, nama: true, nip: true, opd: { select: { nama: true } },
        penugasan: {
          where: { mulai: { lte: akhir }, OR: [{ selesai: null }, { selesai: { gte: mulai } }] },
          orderBy: [{ jenis: 'asc' }, { mulai: 'desc' }],
          select: { jenis: true, jabatan: { select: { nama: true } } },
        },
      },
    }),
  ]);
  const [rows, segar] = await Promise.all([
    queryRows<{ pegawai_id: string; disposisi_tepat: number; disposisi_terlambat: number; naskah_disusun: number; paraf: number; tanda_tangan: number }>(Prisma.sql`
      SELECT pegawai_id, disposisi_tepat, disposisi_terlambat, naskah_disusun, paraf, tanda_tangan
      FROM laporan.kinerja WHERE bulan = ${`${bulan}-01`}::date AND pegawai_id = ANY(${pegawai.map((p) => p.id)}::uuid[])`),
    prisma.laporanPembaruan.findUnique({ where: { id: REFRESH_LAPORAN_ID } }),
  ]);
  const byId = new Map(rows.map((r) => [r.pegawai_id, r]));
  return {
    bulan,
    cakupan,
    opdPilihan,
    opdId,
    total: total ?? pegawai.length,
    halaman,
    diperbaruiPada: segar?.diperbaruiPada ?? null,
    baris: pegawai.map((p) => {
      const k = byId.get(p.id);
      const post = p.penugasan[0];
      return {
        pegawaiId: p.id,
        nip: p.nip,
        nama: p.nama,
        jabatan: post ? `${actingPrefix(post.jenis)}${post.jabatan.nama}` : '',
        opd: p.opd.nama,
        bulan,
        disposisiTepat: k?.disposisi_tepat ?? 0,
        disposisiTerlambat: k?.disposisi_terlambat ?? 0,
        naskahDisusun: k?.naskah_disusun ?? 0,
        paraf: k?.paraf ?? 0,
        tandaTangan: k?.tanda_tangan ?? 0,
      };
    }),
  };
}
