import { prisma } from '@/lib/db';
import { getStorage } from '@/lib/storage';
import type { FileStorage } from '@/lib/storage/types';
import { releaseExpiredGiliran } from '@/lib/services/penomoran/giliran-penomoran';

export interface RecoveryReport {
  /** Sequences whose holder died (its turn expired) and are free again. */
  freedTurns: number;
  /** Files written for a signature that never committed, now deleted. */
  orphanFiles: number;
}

/**
 * The recovery sweep after a crash, run at startup and periodically (lib/jobs/signing-recovery.ts):
 * frees the turns of holders that stopped renewing them, and deletes the files whose turn is gone.
 * A naskah needs nothing: until the final transaction commits it is still waiting for signature
 * and its number was never taken from the counter. Idempotent; safe on every instance at once.
 */
export async function recoverSigning(storage: FileStorage = getStorage()): Promise<RecoveryReport> {
  const freed = await releaseExpiredGiliran(prisma);
  const orphans = await prisma.$queryRaw<{ storageKey: string }[]>`
    SELECT b."storageKey" FROM "BerkasTertunda" b
    WHERE (b."giliranToken" IS NOT NULL AND NOT EXISTS (SELECT 1 FROM "GiliranPenomoran" g WHERE g."token" = b."giliranToken"))
       OR (b."giliranToken" IS NULL AND b."berakhirPada" < timezone('UTC', now()))`;
  for (const { storageKey } of orphans) {
    await storage.delete(storageKey);
    await prisma.berkasTertunda.deleteMany({ where: { storageKey } });
  }
  return { freedTurns: freed.length, orphanFiles: orphans.length };
}
