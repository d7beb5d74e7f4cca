// Every rate limit of the app, counted in PostgreSQL (rate-limiter-flexible's store, table
// rate_limit from the Prisma migrations) so several app instances share one count. Each upsert is a
// single INSERT ... ON CONFLICT, so parallel requests are all counted.
import { createHash } from 'node:crypto';
import pg from 'pg';
import { RateLimiterPostgres } from 'rate-limiter-flexible';
import { TooManyAttemptsError } from '@/lib/domain/too-many-attempts';

/** Points (attempts) per window of `duration` seconds. */
export const RATE_LIMITS = {
  /** Failed sign-ins per identifier tried (NIP or e-mail, known or not): a success gives its point back. */
  masukAkun: { points: 10, duration: 15 * 60 },
  /** Failed sign-ins per client address: an office behind one NAT address signs in together. */
  masukAlamat: { points: 50, duration: 15 * 60 },
  /** Failed passphrases per pegawai at signing: each signature costs a point, a success gives it back. */
  passphrase: { points: 5, duration: 15 * 60 },
  /** Public verifications (upload or QR code) per client address. */
  verifikasi: { points: 30, duration: 60 },
} as const;

export type RateLimitName = keyof typeof RATE_LIMITS;

export type RateLimiters = Record<RateLimitName, RateLimiterPostgres>;

/** The limiters over one pg pool; tests build two sets to play two app instances. */
export function createRateLimiters(pool: pg.Pool): RateLimiters {
  const entries = (Object.keys(RATE_LIMITS) as RateLimitName[]).map((name) => [
    name,
    new RateLimiterPostgres({
      storeClient: pool,
      storeType: 'pool',
      tableName: 'rate_limit',
      tableCreated: true,
      keyPrefix: name,
      ...RATE_LIMITS[name],
    }),
  ]);
  return Object.fromEntries(entries) as RateLimiters;
}

const shared = globalThis as unknown as { __eofficeRateLimiters?: RateLimiters };

function limiters(): RateLimiters {
  if (!shared.__eofficeRateLimiters) {
    // A pool of its own (two connections): the library speaks node-postgres, not Prisma.
    const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 2 });
    shared.__eofficeRateLimiters = createRateLimiters(pool);
  }
  return shared.__eofficeRateLimiters;
}

/** Keys are hashed: the table never holds an identifier or an address, and stays under 255 chars. */
function keyOf(value: string): string {
  return createHash('sha256').update(value).digest('base64url');
}

/**
 * The library's refusal (a RateLimiterRes; a store failure is an Error). Told apart by shape, not
 * instanceof: each part of the built app (a route, a page, the sign-in action) bundles its own copy
 * of the library, and the limiters are shared through globalThis, so the refusal may be an instance
 * of another copy's class. With instanceof the public verifier answered 500 instead of 429.
 */
function isLimitReached(error: unknown): error is { msBeforeNext: number; consumedPoints: number } {
  return typeof error === 'object' && error !== null && !(error instanceof Error) && typeof (error as { msBeforeNext?: unknown }).msBeforeNext === 'number';
}

export interface Refusal {
  retryAfterMs: number;
  /** The attempt that crossed the limit: the one worth an audit row (later ones in the window are not). */
  first: boolean;
}

/** Takes one point; a refusal when the window's points are used up. */
export async function consumePoint(limiter: RateLimiterPostgres, key: string): Promise<Refusal | null> {
  try {
    await limiter.consume(keyOf(key));
    return null;
  } catch (error) {
    if (!isLimitReached(error)) throw error;
    return { retryAfterMs: error.msBeforeNext, first: error.consumedPoints === limiter.points + 1 };
  }
}

async function givePointBack(limiter: RateLimiterPostgres, key: string): Promise<void> {
  await limiter.reward(keyOf(key));
}

/** One attempt to sign in as `identifier` from `address`; a refusal when either limit is used up. */
export async function limitSignIn(
  { identifier, address }: { identifier: string; address: string | null },
  rl: RateLimiters = limiters(),
): Promise<Refusal | null> {
  const [byAccount, byAddress] = await Promise.all([
    consumePoint(rl.masukAkun, identifier),
    address ? consumePoint(rl.masukAlamat, address) : null,
  ]);
  return byAccount ?? byAddress;
}

/** A successful sign-in does not count against the account or the address. */
export async function signInSucceeded(
  { identifier, address }: { identifier: string; address: string | null },
  rl: RateLimiters = limiters(),
): Promise<void> {
  await Promise.all([rl.masukAkun.delete(keyOf(identifier)), address ? givePointBack(rl.masukAlamat, address) : null]);
}

/** One passphrase entry (one signature or one batch) by `pegawaiId`; a refusal once the limit is used up. */
export async function limitPassphrase(pegawaiId: string, rl: RateLimiters = limiters()): Promise<Refusal | null> {
  return consumePoint(rl.passphrase, pegawaiId);
}

/** Gives the entry's point back: only wrong passphrases use up the limit. */
export async function passphraseAccepted(pegawaiId: string, rl: RateLimiters = limiters()): Promise<void> {
  await givePointBack(rl.passphrase, pegawaiId);
}

/** Call before a public verification; throws TooManyAttemptsError (HTTP 429) once the limit is used up. */
export async function limitVerifikasi(clientAddress: string | null, rl: RateLimiters = limiters()): Promise<void> {
  // Without a trustworthy address there is nothing to count by (see clientAddress).
  if (!clientAddress) return;
  const refusal = await consumePoint(rl.verifikasi, clientAddress);
  if (refusal) throw new TooManyAttemptsError(refusal.retryAfterMs);
}
