import type { Prisma } from '@/lib/generated/prisma/client';
import type { Actor } from '@/lib/authz/actor';
import { readablePostIds } from '@/lib/authz/scope';

export interface GiverHold {
  deliveryId: string;
  /** Set when the giver holds the letter through a disposisi: the new one hangs under it. */
  parentPenerimaId: string | null;
  parentStatus: string | null;
}

/** How the actor's post holds the letter: as an addressee (delivery) or as a disposisi recipient. */
export async function findGiverHold(tx: Prisma.TransactionClient, actor: Actor, naskahId: string): Promise<GiverHold | null> {
  const delivery = await tx.delivery.findFirst({
    where: { naskahId, jabatanId: { in: readablePostIds(actor) } },
    orderBy: { deliveredAt: 'asc' },
    select: { id: true },
  });
  if (delivery) return { deliveryId: delivery.id, parentPenerimaId: null, parentStatus: null };
  const received = await tx.penerimaDisposisi.findFirst({
    where: { jabatanId: actor.activePost?.jabatanId ?? '', status: { not: 'DITARIK' }, disposisi: { naskahId, ditarikAt: null } },
    orderBy: { createdAt: 'asc' },
    select: { id: true, status: true, disposisi: { select: { deliveryId: true } } },
  });
  return received ? { deliveryId: received.disposisi.deliveryId, parentPenerimaId: received.id, parentStatus: received.status } : null;
}
