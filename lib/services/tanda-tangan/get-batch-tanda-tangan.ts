import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';

const SELECT = {
  id: true,
  createdAt: true,
  selesaiPada: true,
  items: { orderBy: { urutan: 'asc' as const }, select: { naskahId: true, perihal: true, status: true, nomor: true, pesan: true } },
};

export type BatchProgress = NonNullable<Awaited<ReturnType<typeof findBatch>>>;

function findBatch(pegawaiId: string, batchId?: string) {
  return prisma.batchTandaTangan.findFirst({ where: { pegawaiId, ...(batchId ? { id: batchId } : {}) }, orderBy: { createdAt: 'desc' }, select: SELECT });
}

/**
 * A batch's progress per document as the server knows it (the actor's latest when no id is given),
 * or null. Only the person who started a batch sees it.
 */
export async function getBatchTandaTangan(actor: Actor, batchId?: string): Promise<BatchProgress | null> {
  return findBatch(actor.pegawaiId, batchId);
}
