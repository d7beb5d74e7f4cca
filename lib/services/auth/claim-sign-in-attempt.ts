import type { Prisma } from '@/lib/generated/prisma/client';
import { LOCKOUT_MINUTES, MAX_FAILED_LOGINS } from '@/lib/domain/auth/lockout';

export interface ClaimedAttempt {
  gagalMasuk: number;
  /** Set when this attempt used up the last one: the account is locked unless its password is right. */
  locks: boolean;
}

/**
 * Counts an attempt before its password is checked, in one UPDATE: the row lock serialises
 * parallel attempts, so exactly MAX_FAILED_LOGINS of them are let through and every later one
 * finds the account locked (null) without its password ever being compared. The attempt that
 * reaches the limit locks the account at once; a right password then unlocks it again
 * (unlockAfterSignIn). An expired lock starts a fresh count. Times are the database's, in UTC like
 * every timestamp Prisma writes.
 */
export async function claimSignInAttempt(tx: Prisma.TransactionClient, pegawaiId: string): Promise<ClaimedAttempt | null> {
  const rows = await tx.$queryRaw<{ gagalMasuk: number; terkunciSampai: Date | null }[]>`
    WITH utc AS (SELECT (now() AT TIME ZONE 'UTC') AS now)
    UPDATE "Pegawai" p SET
      "gagalMasuk" = CASE WHEN p."terkunciSampai" IS NOT NULL THEN 1 ELSE p."gagalMasuk" + 1 END,
      "terkunciSampai" = CASE
        WHEN (CASE WHEN p."terkunciSampai" IS NOT NULL THEN 1 ELSE p."gagalMasuk" + 1 END) >= ${MAX_FAILED_LOGINS}
        THEN utc.now + make_interval(mins => ${LOCKOUT_MINUTES}::int)
        ELSE NULL
      END
    FROM utc
    WHERE p.id = ${pegawaiId}::uuid AND (p."terkunciSampai" IS NULL OR p."terkunciSampai" <= utc.now)
    RETURNING p."gagalMasuk", p."terkunciSampai"`;
  const row = rows[0];
  return row ? { gagalMasuk: row.gagalMasuk, locks: row.terkunciSampai !== null } : null;
}
