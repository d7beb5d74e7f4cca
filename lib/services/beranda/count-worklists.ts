import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { inboxScope } from '@/lib/authz/scope';
import type { NavKey } from '@/lib/menu-items';
import { countPerluVerifikasi } from '@/lib/services/naskah/list-naskah-worklist';

export type WorklistCounts = Partial<Record<NavKey, number>>;

/** Badge counts for the navigation and the Beranda cards, for the post the actor acts as. */
export async function countWorklists(actor: Actor): Promise<WorklistCounts> {
  const post = actor.activePost;
  if (!post) return {};
  const [suratMasuk, disposisi, konsep, tandaTangan, verifikasi] = await Promise.all([
    prisma.delivery.count({ where: { ...inboxScope(actor), readAt: null, archivedAt: null } }),
    prisma.penerimaDisposisi.count({ where: { jabatanId: post.jabatanId, status: 'BELUM_DIBACA' } }),
    prisma.naskah.count({
      where: { pembuatJabatanId: post.jabatanId, status: { in: ['KONSEP', 'DIKEMBALIKAN'] } },
    }),
    prisma.naskah.count({ where: { penandatanganJabatanId: post.jabatanId, status: 'MENUNGGU_TANDA_TANGAN' } }),
    countPerluVerifikasi(actor),
  ]);
  return { suratMasuk, disposisi, konsep, tandaTangan, verifikasi };
}
