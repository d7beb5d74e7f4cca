import { Prisma } from '@/lib/generated/prisma/client';
import type { StatusBatchItem } from '@/lib/generated/prisma/enums';
import { queryRows } from '@/lib/db/query-rows';
import type { Actor } from '@/lib/authz/actor';

export interface BatchProgress {
  id: string;
  createdAt: Date;
  selesaiPada: Date | null;
  items: { naskahId: string; perihal: string; status: StatusBatchItem; nomor: string | null; pesan: string | null }[];
}

/**
 * A batch's progress per document as the server knows it (the actor's latest when no id is given),
 * or null. Only the person who started a batch sees it. One statement along the signer's newest
 * batches (BatchTandaTangan_pegawaiId_createdAt_idx): the Perlu Tanda Tangan page reads it on every
 * opening, and a signing tab polls it.
 */
export async function getBatchTandaTangan(actor: Actor, batchId?: string): Promise<BatchProgress | null> {
  const [batch] = await queryRows<BatchProgress>(Prisma.sql`
    SELECT b.id, b."createdAt", b."selesaiPada",
      coalesce((SELECT json_agg(json_build_object('naskahId', i."naskahId", 'perihal', i.perihal, 'status', i.status, 'nomor', i.nomor, 'pesan', i.pesan) ORDER BY i.urutan)
        FROM "BatchTandaTanganItem" i WHERE i."batchId" = b.id), '[]'::json) AS items
    FROM "BatchTandaTangan" b
    WHERE b."pegawaiId" = ${actor.pegawaiId}::uuid ${batchId ? Prisma.sql`AND b.id = ${batchId}::uuid` : Prisma.empty}
    ORDER BY b."createdAt" DESC
    LIMIT 1`,
    // Polled while the jobs sign: the primary, so each step shows as soon as it is done.
    { primary: true },
  );
  return batch ?? null;
}
