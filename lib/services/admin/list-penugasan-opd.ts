import { prisma } from '@/lib/db';
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { PenugasanFilter } from '@/lib/domain/admin/schemas';
import { literalLike } from '@/lib/domain/input/like';
import { cocokNamaAtauNip } from '@/lib/domain/pegawai/cocok-pegawai';
import { namaLengkap } from '@/lib/domain/pegawai/golongan';
import { getOpdInScopeOrThrow, isoDay } from './scoped-loaders';

export const PENUGASAN_PER_HALAMAN = 50;

const SELECT = {
  id: true,
  jenis: true,
  mulai: true,
  selesai: true,
  alasan: true,
  nomorSk: true,
  jabatan: { select: { nama: true } },
  pegawai: { select: { nama: true, gelarDepan: true, gelarBelakang: true, nip: true } },
} satisfies Prisma.PenugasanJabatanSelect;

type Row = Prisma.PenugasanJabatanGetPayload<{ select: typeof SELECT }>;

const view = (r: Row) => ({ id: r.id, jenis: r.jenis, mulai: isoDay(r.mulai), selesai: r.selesai ? isoDay(r.selesai) : null, alasan: r.alasan, nomorSk: r.nomorSk, jabatan: r.jabatan.nama, pegawai: namaLengkap(r.pegawai), nip: r.pegawai.nip });

/**
 * The assignments to the posts of one OPD, newest first, a page at a time and searched by the
 * pegawai's name or NIP or the jabatan; and the one being ended (?akhiri=, only of this OPD). The
 * choices for a new one are asked as the admin types (cariPilihanPenugasan). A Setda keeps years
 * of history: the page once rendered up to 500 rows, each with its own form.
 */
export async function listPenugasanOpd(actor: Actor, opdId: string, filter: Partial<PenugasanFilter> = {}) {
  assertCan(actor, 'pegawai.manage');
  const opd = await getOpdInScopeOrThrow(actor, opdId, 'pegawai.manage');
  const q = filter.q?.trim() ?? '';
  const where = {
    jabatan: { opdId: opd.id },
    ...(q ? { OR: [{ pegawai: cocokNamaAtauNip(q) }, { jabatan: { nama: { contains: literalLike(q), mode: 'insensitive' as const } } }] } : {}),
  };
  const halaman = Math.max(1, filter.halaman ?? 1);
  const [total, rows, akhiri] = await Promise.all([
    prisma.penugasanJabatan.count({ where }),
    prisma.penugasanJabatan.findMany({ where, orderBy: [{ mulai: 'desc' }, { id: 'desc' }], skip: (halaman - 1) * PENUGASAN_PER_HALAMAN, take: PENUGASAN_PER_HALAMAN, select: SELECT }),
    filter.akhiri ? prisma.penugasanJabatan.findFirst({ where: { id: filter.akhiri, jabatan: { opdId: opd.id } }, select: SELECT }) : null,
  ]);
  return {
    opd: { id: opd.id, nama: opd.nama },
    penugasan: rows.map(view),
    total,
    halaman,
    akhiri: akhiri ? view(akhiri) : null,
  };
}
