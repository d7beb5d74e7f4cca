// The turn of one numbering sequence, as rows of GiliranPenomoran. Every statement here is one
// short autocommit or runs in the caller's short transaction: the turn is held in a row with an
// expiry, never in an open transaction, so no connection or lock waits on a remote signer.
import type { Prisma, PrismaClient } from '@/lib/generated/prisma/client';
import type { NomorUrutKey } from './increment-nomor-urut';

type Db = Prisma.TransactionClient | PrismaClient;

/** NOTIFY channel: the payload is the key of a sequence whose turn was just released. */
export const GILIRAN_CHANNEL = 'giliran_penomoran';

/** How long a turn lasts without renewal: a holder that dies gives it up within this time. */
export function giliranLeaseMs(): number {
  return Number(process.env.GILIRAN_LEASE_MS ?? 20_000);
}

export const giliranKey = (key: NomorUrutKey) => `${key.opdId}:${key.seri}:${key.tahun}`;

// Expiry is compared on the database clock, so app instances with skewed clocks agree.
const NOW = `timezone('UTC', now())`;

/** Takes the turn when it is free or its holder let it expire; true when this token now holds it. */
export async function claimGiliran(db: Db, key: NomorUrutKey, token: string, naskahId: string): Promise<boolean> {
  const rows = await db.$queryRawUnsafe<{ token: string }[]>(
    `INSERT INTO "GiliranPenomoran" ("opdId", "seri", "tahun", "token", "naskahId", "berakhirPada", "updatedAt")
     VALUES ($1::uuid, $2, $3, $4::uuid, $5::uuid, ${NOW} + $6 * interval '1 millisecond', ${NOW})
     ON CONFLICT ("opdId", "seri", "tahun") DO UPDATE
       SET "token" = EXCLUDED."token", "naskahId" = EXCLUDED."naskahId", "berakhirPada" = EXCLUDED."berakhirPada", "updatedAt" = EXCLUDED."updatedAt"
       WHERE "GiliranPenomoran"."token" IS NULL OR "GiliranPenomoran"."berakhirPada" < ${NOW}
     RETURNING "token"::text`,
    key.opdId, key.seri, key.tahun, token, naskahId, giliranLeaseMs(),
  );
  return rows.length === 1;
}

/** Pushes the expiry on; false when the turn was lost (expired and taken, or swept). */
export async function renewGiliran(db: Db, key: NomorUrutKey, token: string): Promise<boolean> {
  const count = await db.$executeRawUnsafe(
    `UPDATE "GiliranPenomoran" SET "berakhirPada" = ${NOW} + $5 * interval '1 millisecond', "updatedAt" = ${NOW}
     WHERE "opdId" = $1::uuid AND "seri" = $2 AND "tahun" = $3 AND "token" = $4::uuid`,
    key.opdId, key.seri, key.tahun, token, giliranLeaseMs(),
  );
  return count === 1;
}

/** Locks the turn row for the caller's final transaction; false when this token no longer holds it. */
export async function lockGiliranIfHeld(tx: Prisma.TransactionClient, key: NomorUrutKey, token: string): Promise<boolean> {
  const rows = await tx.$queryRawUnsafe<unknown[]>(
    `SELECT 1 FROM "GiliranPenomoran" WHERE "opdId" = $1::uuid AND "seri" = $2 AND "tahun" = $3 AND "token" = $4::uuid FOR UPDATE`,
    key.opdId, key.seri, key.tahun, token,
  );
  return rows.length === 1;
}

/** Frees the turn held by this token and wakes the waiters (on commit, when inside a transaction). */
export async function releaseGiliran(db: Db, key: NomorUrutKey, token: string): Promise<void> {
  const count = await db.$executeRawUnsafe(
    `UPDATE "GiliranPenomoran" SET "token" = NULL, "naskahId" = NULL, "berakhirPada" = NULL, "updatedAt" = ${NOW}
     WHERE "opdId" = $1::uuid AND "seri" = $2 AND "tahun" = $3 AND "token" = $4::uuid`,
    key.opdId, key.seri, key.tahun, token,
  );
  if (count) await db.$executeRawUnsafe(`SELECT pg_notify('${GILIRAN_CHANNEL}', $1)`, giliranKey(key));
}

/** Frees every turn whose holder stopped renewing it; the keys it freed. */
export async function releaseExpiredGiliran(db: Db): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<{ opdId: string; seri: string; tahun: number }[]>(
    `UPDATE "GiliranPenomoran" SET "token" = NULL, "naskahId" = NULL, "berakhirPada" = NULL, "updatedAt" = ${NOW}
     WHERE "token" IS NOT NULL AND "berakhirPada" < ${NOW}
     RETURNING "opdId"::text AS "opdId", "seri", "tahun"`,
  );
  const keys = rows.map(giliranKey);
  for (const k of keys) await db.$executeRawUnsafe(`SELECT pg_notify('${GILIRAN_CHANNEL}', $1)`, k);
  return keys;
}
