import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { notifikasiScope } from '@/lib/authz/scope';

/** Marks one notification (or, without an id, all of them) read; ids of others match nothing. */
export async function markNotifikasiRead(actor: Actor, { id }: { id?: string } = {}, now = new Date()): Promise<number> {
  const { count } = await prisma.notifikasi.updateMany({
    where: { ...notifikasiScope(actor), readAt: null, ...(id ? { id } : {}) },
    data: { readAt: now },
  });
  return count;
}
