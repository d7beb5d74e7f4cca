import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { notifikasiScope } from '@/lib/authz/scope';

/** The actor's latest notifications, unread first. */
export async function listNotifikasi(actor: Actor, { take = 50 }: { take?: number } = {}) {
  return prisma.notifikasi.findMany({
    where: notifikasiScope(actor),
    orderBy: [{ readAt: { sort: 'desc', nulls: 'first' } }, { createdAt: 'desc' }],
    take,
    select: { id: true, judul: true, pesan: true, tautan: true, readAt: true, createdAt: true },
  });
}

/** Unread notifications, for the badge in the header. */
export async function countNotifikasiBelumDibaca(actor: Actor): Promise<number> {
  return prisma.notifikasi.count({ where: { ...notifikasiScope(actor), readAt: null } });
}
