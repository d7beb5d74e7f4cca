import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { Prisma } from '@/lib/generated/prisma/client';

export type NaskahWorklist = 'konsep' | 'tandaTangan' | 'arsip';

// Each worklist is a permission plus a filter on the post the actor acts as.
const WORKLISTS = {
  konsep: {
    permission: 'naskah.draft',
    where: (jabatanId: string): Prisma.NaskahWhereInput => ({
      pembuatJabatanId: jabatanId,
      status: { in: ['KONSEP', 'DIKEMBALIKAN', 'VERIFIKASI', 'MENUNGGU_TANDA_TANGAN'] },
    }),
  },
  tandaTangan: {
    permission: 'naskah.sign',
    where: (jabatanId: string): Prisma.NaskahWhereInput => ({ penandatanganJabatanId: jabatanId, status: 'MENUNGGU_TANDA_TANGAN' }),
  },
  arsip: {
    permission: 'arsip.read',
    where: (jabatanId: string): Prisma.NaskahWhereInput => ({
      status: 'DITANDATANGANI',
      OR: [{ pembuatJabatanId: jabatanId }, { penandatanganJabatanId: jabatanId }],
    }),
  },
} as const;

/** Naskah in one of the post's worklists, most recently changed first. */
export async function listNaskahWorklist(actor: Actor, worklist: NaskahWorklist, { take = 50 }: { take?: number } = {}) {
  const { permission, where } = WORKLISTS[worklist];
  assertCan(actor, permission);
  return prisma.naskah.findMany({
    where: where(actor.activePost!.jabatanId),
    orderBy: { updatedAt: 'desc' },
    take,
    select: { id: true, jenis: true, perihal: true, nomor: true, status: true, derajatKecepatan: true, klasifikasiKeamanan: true, updatedAt: true },
  });
}
