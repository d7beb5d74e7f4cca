import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { NotFoundError } from '@/lib/domain/errors';

export type BatchProgress = NonNullable<Awaited<ReturnType<typeof findBatch>>>;

function findBatch(pegawaiId: string, batchId: string) {
  return prisma.batchTandaTangan.findFirst({
    where: { id: batchId, pegawaiId },
    select: { id: true, createdAt: true, selesaiPada: true, items: { orderBy: { urutan: 'asc' }, select: { naskahId: true, perihal: true, status: true, nomor: true, pesan: true } } },
  });
}

/** A batch's progress per document, as the server knows it; only the person who started it may read it. */
export async function getBatchTandaTangan(actor: Actor, batchId: string): Promise<BatchProgress> {
  const batch = await findBatch(actor.pegawaiId, batchId);
  if (!batch) throw new NotFoundError('Proses tanda tangan tidak ditemukan.');
  return batch;
}
