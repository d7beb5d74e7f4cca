import type { Actor } from '@/lib/authz/actor';
import { actingPrefix } from '@/lib/domain/jabatan/acting';
import { countWorklists } from './count-worklists';

export interface WorkInOtherPost {
  jabatanId: string;
  /** "Plt. Kepala Bidang ...", as in the post switcher. */
  label: string;
  jumlah: number;
}

/**
 * Work waiting in the actor's other posts today: a Plt./Plh. acting in the definitive post (or
 * the other way round) otherwise sees nothing of what waits in the post they are not acting as.
 */
export async function countWorkInOtherPosts(actor: Actor): Promise<WorkInOtherPost[]> {
  const others = actor.posts.filter((p) => p.jabatanId !== actor.activePost?.jabatanId);
  const rows = await Promise.all(
    others.map(async (p) => {
      const counts = await countWorklists({ ...actor, activePost: p });
      return { jabatanId: p.jabatanId, label: `${actingPrefix(p.penugasan)}${p.nama}`, jumlah: Object.values(counts).reduce((sum, n) => sum + (n ?? 0), 0) };
    }),
  );
  return rows.filter((r) => r.jumlah > 0);
}
