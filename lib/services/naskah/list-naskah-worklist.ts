import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { currentStep } from '@/lib/domain/naskah/review-chain';
import type { Prisma } from '@/lib/generated/prisma/client';

export type NaskahWorklist = 'konsep' | 'dibatalkan' | 'verifikasi' | 'tandaTangan' | 'arsip';

// Each worklist is a permission plus a filter on the post the actor acts as.
const WORKLISTS = {
  konsep: {
    permission: 'naskah.draft',
    where: (jabatanId: string): Prisma.NaskahWhereInput => ({
      sumber: 'INTERNAL',
      pembuatJabatanId: jabatanId,
      status: { in: ['KONSEP', 'DIKEMBALIKAN', 'VERIFIKASI', 'MENUNGGU_TANDA_TANGAN'] },
    }),
  },
  dibatalkan: {
    permission: 'naskah.draft',
    where: (jabatanId: string): Prisma.NaskahWhereInput => ({ sumber: 'INTERNAL', pembuatJabatanId: jabatanId, status: 'DIBATALKAN' }),
  },
  // Candidates only: a waiting step of this post; whose turn it is is decided below.
  verifikasi: {
    permission: 'naskah.verify',
    where: (jabatanId: string): Prisma.NaskahWhereInput => ({
      sumber: 'INTERNAL',
      status: 'VERIFIKASI',
      verifikasi: { some: { jabatanId, status: 'MENUNGGU' } },
    }),
  },
  tandaTangan: {
    permission: 'naskah.sign',
    where: (jabatanId: string): Prisma.NaskahWhereInput => ({ sumber: 'INTERNAL', penandatanganJabatanId: jabatanId, status: 'MENUNGGU_TANDA_TANGAN' }),
  },
  arsip: {
    permission: 'arsip.read',
    where: (jabatanId: string): Prisma.NaskahWhereInput => ({
      status: 'DITANDATANGANI',
      OR: [{ pembuatJabatanId: jabatanId }, { penandatanganJabatanId: jabatanId }],
    }),
  },
} as const;

const rowSelect = {
  id: true,
  jenis: true,
  perihal: true,
  nomor: true,
  status: true,
  derajatKecepatan: true,
  klasifikasiKeamanan: true,
  updatedAt: true,
  pembuatJabatan: { select: { namaSingkat: true } },
  verifikasi: { select: { jabatanId: true, putaran: true, urutan: true, status: true, jabatan: { select: { namaSingkat: true } } } },
} as const;

/** Naskah in one of the post's worklists, most urgent and most recently changed first. */
export async function listNaskahWorklist(actor: Actor, worklist: NaskahWorklist, { take = 50 }: { take?: number } = {}) {
  const { permission, where } = WORKLISTS[worklist];
  assertCan(actor, permission);
  const jabatanId = actor.activePost!.jabatanId;
  const rows = await prisma.naskah.findMany({
    where: where(jabatanId),
    orderBy: [{ updatedAt: 'desc' }],
    take: worklist === 'verifikasi' ? take * 4 : take,
    select: rowSelect,
  });
  const withTurn = rows.map(({ verifikasi, ...row }) => ({ ...row, giliran: currentStep(verifikasi)?.jabatan.namaSingkat ?? null, giliranJabatanId: currentStep(verifikasi)?.jabatanId ?? null }));
  return worklist === 'verifikasi' ? withTurn.filter((r) => r.giliranJabatanId === jabatanId).slice(0, take) : withTurn;
}

/** How many naskah wait for this post's paraf now. */
export async function countPerluVerifikasi(actor: Actor): Promise<number> {
  const jabatanId = actor.activePost?.jabatanId;
  if (!jabatanId) return 0;
  const rows = await prisma.naskah.findMany({
    where: WORKLISTS.verifikasi.where(jabatanId),
    select: { verifikasi: { select: { jabatanId: true, putaran: true, urutan: true, status: true } } },
  });
  return rows.filter((r) => currentStep(r.verifikasi)?.jabatanId === jabatanId).length;
}
