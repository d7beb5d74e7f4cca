import { randomUUID } from 'node:crypto';
import type { Prisma } from '@/lib/generated/prisma/client';

/** The sequence of the agenda book of incoming letters (register-surat-masuk.ts). */
export const AGENDA_SERI = 'AGENDA';

export interface NomorUrutKey {
  opdId: string;
  /** "NASKAH", a jenis name (per-jenis sequence) or "AGENDA" (incoming letters). */
  seri: string;
  tahun: number;
}

/**
 * The one place a counter moves: the next value of one sequence, inside the caller's transaction.
 * INSERT ... ON CONFLICT DO UPDATE ... RETURNING locks the row until the caller commits, so the
 * caller's transaction must be short (callers that wait on a remote service hold a GiliranPenomoran
 * turn instead, and increment only in their final transaction).
 */
export async function incrementNomorUrut(tx: Prisma.TransactionClient, { opdId, seri, tahun }: NomorUrutKey): Promise<number> {
  const [counter] = await tx.$queryRaw<{ terakhir: number }[]>`
    INSERT INTO "NomorUrut" ("id", "opdId", "seri", "tahun", "terakhir", "updatedAt")
    VALUES (${randomUUID()}::uuid, ${opdId}::uuid, ${seri}, ${tahun}, 1, now())
    ON CONFLICT ("opdId", "seri", "tahun") DO UPDATE SET "terakhir" = "NomorUrut"."terakhir" + 1, "updatedAt" = now()
    RETURNING "terakhir"`;
  return counter!.terakhir;
}
