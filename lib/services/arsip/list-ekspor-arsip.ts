import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';

/** The instansi's recent full exports, newest first, with their progress. */
export async function listEksporArsip(actor: Actor) {
  assertCan(actor, 'instansi.manage');
  return prisma.eksporArsip.findMany({
    where: { instansiId: actor.instansiId },
    orderBy: { createdAt: 'desc' },
    take: 10,
    select: { id: true, status: true, jumlah: true, selesai: true, ukuran: true, galat: true, createdAt: true, selesaiPada: true },
  });
}
