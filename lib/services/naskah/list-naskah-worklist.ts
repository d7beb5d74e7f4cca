import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import type { Permission } from '@/lib/authz/permissions';
import { assertCan } from '@/lib/authz/policy';
import { currentStep } from '@/lib/domain/naskah/review-chain';
import { afterByDate, afterByUrgency, decodeWorklistCursor, encodeWorklistCursor, type WorklistCursor } from '@/lib/domain/naskah/worklist-cursor';
import { Prisma } from '@/lib/generated/prisma/client';

export type NaskahWorklist = 'konsep' | 'dibatalkan' | 'verifikasi' | 'tandaTangan' | 'arsip' | 'sudahDitandatangani' | 'terkirim';

/** How a list is sorted: most urgent then most recently changed, recently changed, or newest signed. */
type Urutan = 'mendesak' | 'diubah' | 'ditandatangani';

// Each worklist is a permission, a filter on the post the actor acts as, and an order. Whose turn it
// is lives on the naskah (giliranJabatanId, kept by the database), so Perlu Verifikasi and Perlu
// Tanda Tangan are one index range (giliranJabatanId, status, derajatKecepatan, updatedAt, id).
const WORKLISTS: Record<NaskahWorklist, { permission: Permission; urutan: Urutan; where: (jabatanId: string) => Prisma.NaskahWhereInput }> = {
  konsep: {
    permission: 'naskah.draft',
    urutan: 'diubah',
    where: (jabatanId) => ({ sumber: 'INTERNAL', pembuatJabatanId: jabatanId, status: { in: ['KONSEP', 'DIKEMBALIKAN', 'VERIFIKASI', 'MENUNGGU_TANDA_TANGAN'] } }),
  },
  dibatalkan: {
    permission: 'naskah.draft',
    urutan: 'diubah',
    where: (jabatanId) => ({ sumber: 'INTERNAL', pembuatJabatanId: jabatanId, status: 'DIBATALKAN' }),
  },
  verifikasi: {
    permission: 'naskah.verify',
    urutan: 'mendesak',
    where: (jabatanId) => ({ giliranJabatanId: jabatanId, status: 'VERIFIKASI' }),
  },
  tandaTangan: {
    permission: 'naskah.sign',
    urutan: 'mendesak',
    where: (jabatanId) => ({ giliranJabatanId: jabatanId, status: 'MENUNGGU_TANDA_TANGAN' }),
  },
  arsip: {
    permission: 'arsip.read',
    urutan: 'ditandatangani',
    where: (jabatanId) => ({ status: 'DITANDATANGANI', OR: [{ pembuatJabatanId: jabatanId }, { penandatanganJabatanId: jabatanId }] }),
  },
  sudahDitandatangani: {
    permission: 'naskah.sign',
    urutan: 'ditandatangani',
    where: (jabatanId) => ({ sumber: 'INTERNAL', penandatanganJabatanId: jabatanId, status: 'DITANDATANGANI' }),
  },
  terkirim: {
    permission: 'naskah.draft',
    urutan: 'ditandatangani',
    where: (jabatanId) => ({ sumber: 'INTERNAL', pembuatJabatanId: jabatanId, status: 'DITANDATANGANI' }),
  },
};

const ORDER: Record<Urutan, Prisma.NaskahOrderByWithRelationInput[]> = {
  mendesak: [{ derajatKecepatan: 'desc' }, { updatedAt: 'desc' }, { id: 'desc' }],
  diubah: [{ updatedAt: 'desc' }, { id: 'desc' }],
  ditandatangani: [{ ditandatanganiPada: 'desc' }, { id: 'desc' }],
};

function after(urutan: Urutan, cursor: WorklistCursor): Prisma.NaskahWhereInput {
  if (urutan === 'mendesak') return afterByUrgency(cursor);
  return afterByDate(urutan === 'diubah' ? 'updatedAt' : 'ditandatanganiPada', cursor);
}

const rowSelect = {
  id: true,
  jenis: true,
  perihal: true,
  nomor: true,
  status: true,
  derajatKecepatan: true,
  klasifikasiKeamanan: true,
  updatedAt: true,
  ditandatanganiPada: true,
  tanggalNaskah: true,
  pembuatJabatanId: true,
  pembuatJabatan: { select: { namaSingkat: true } },
  verifikasi: { select: { jabatanId: true, putaran: true, urutan: true, status: true, jabatan: { select: { namaSingkat: true } } } },
} as const;

/**
 * One keyset page of a worklist of the post the actor acts as, in the list's own order (urgent
 * lists: most urgent, then most recently changed; signed lists: newest signed first).
 */
export async function listNaskahWorklistPage(actor: Actor, worklist: NaskahWorklist, { cursor: rawCursor, take = 50 }: { cursor?: string | null; take?: number } = {}) {
  const { permission, urutan, where } = WORKLISTS[worklist];
  assertCan(actor, permission);
  const jabatanId = actor.activePost!.jabatanId;
  const cursor = decodeWorklistCursor(rawCursor);
  const rows = await prisma.naskah.findMany({
    where: { AND: [where(jabatanId), ...(cursor ? [after(urutan, cursor)] : [])] },
    orderBy: ORDER[urutan],
    take: take + 1,
    select: rowSelect,
  });
  const shown = rows.slice(0, take);
  const last = shown.at(-1);
  const nextCursor =
    rows.length > take && last
      ? encodeWorklistCursor({
          ...(urutan === 'mendesak' && { k: last.derajatKecepatan }),
          d: (urutan === 'ditandatangani' ? last.ditandatanganiPada! : last.updatedAt).toISOString(),
          id: last.id,
        })
      : null;
  return {
    nextCursor,
    rows: shown.map(({ verifikasi, ...row }) => {
      const step = currentStep(verifikasi);
      return { ...row, giliran: step?.jabatan.namaSingkat ?? null, giliranJabatanId: step?.jabatanId ?? null };
    }),
  };
}

/** The first page of a worklist (or the page after `cursor`), rows only. */
export async function listNaskahWorklist(actor: Actor, worklist: NaskahWorklist, options: { cursor?: string | null; take?: number } = {}) {
  return (await listNaskahWorklistPage(actor, worklist, options)).rows;
}

/**
 * WORKLISTS.verifikasi as SQL on the naskah aliased `alias`, for counts that run inside one statement
 * (countWorklists); countPerluVerifikasi counts with it, and the tests hold that count to the list.
 */
export function perluVerifikasiSql(jabatanId: string, alias: string): Prisma.Sql {
  const n = Prisma.raw(`"${alias.replace(/"/g, '')}"`);
  return Prisma.sql`${n}."giliranJabatanId" = ${jabatanId}::uuid AND ${n}.status = 'VERIFIKASI'`;
}

/** How many naskah wait for this post's paraf now: one count over the whose-turn index. */
export async function countPerluVerifikasi(actor: Actor): Promise<number> {
  const jabatanId = actor.activePost?.jabatanId;
  if (!jabatanId) return 0;
  const [{ n }] = await prisma.$queryRaw<{ n: number }[]>(Prisma.sql`/* prepared */ SELECT count(*)::int AS n FROM "Naskah" v WHERE ${perluVerifikasiSql(jabatanId, 'v')}`);
  return n;
}
