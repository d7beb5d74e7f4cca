import { prisma } from '@/lib/db';
import { queryRows } from '@/lib/db/query-rows';
import { Prisma } from '@/lib/generated/prisma/client';
import { getStorage } from '@/lib/storage';
import type { FileStorage } from '@/lib/storage/types';
import { releaseExpiredGiliran } from '@/lib/services/penomoran/giliran-penomoran';

export interface RecoveryReport {
  /** Sequences whose holder died (its turn expired) and are free again. */
  freedTurns: number;
  /** Files written for a signature or an upload that never committed, now deleted. */
  orphanFiles: number;
}

/**
 * The recovery sweep after a crash, run at startup and periodically (lib/jobs/signing-recovery.ts):
 * frees the turns of holders that stopped renewing them, and deletes the files whose intent was
 * never committed: a signing turn that is gone, or an upload (stageUpload) whose hour has passed.
 * A naskah needs nothing: until the final transaction commits it is still waiting for signature
 * and its number was never taken from the counter. Idempotent; safe on every instance at once.
 */
export async function recoverSigning(storage: FileStorage = getStorage(), now = new Date()): Promise<RecoveryReport> {
  const freed = await releaseExpiredGiliran(prisma);
  const turnGone = await queryRows<{ storageKey: string }>(Prisma.sql`
    SELECT b."storageKey" FROM "BerkasTertunda" b
    WHERE b."giliranToken" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "GiliranPenomoran" g WHERE g."token" = b."giliranToken")`);
  const expired = await prisma.berkasTertunda.findMany({ where: { giliranToken: null, berakhirPada: { lt: now } }, select: { storageKey: true } });
  let orphanFiles = 0;
  for (const { storageKey } of [...turnGone, ...expired]) {
    // A writer that made its Berkas row without ending the intent still owns the file.
    if (!(await prisma.berkas.count({ where: { storageKey } }))) {
      await storage.delete(storageKey);
      orphanFiles += 1;
    }
    await prisma.berkasTertunda.deleteMany({ where: { storageKey } });
  }
  return { freedTurns: freed.length, orphanFiles };
}
