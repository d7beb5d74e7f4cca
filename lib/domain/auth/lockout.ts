// Account lock-out after repeated wrong passwords: slows down guessing without locking a
// person out for the whole day.
export const MAX_FAILED_LOGINS = 5;
export const LOCKOUT_MINUTES = 15;

export interface LoginCounters {
  gagalMasuk: number;
  terkunciSampai: Date | null;
}

export function isLocked(c: LoginCounters, now: Date): boolean {
  return c.terkunciSampai !== null && c.terkunciSampai > now;
}

/** Counters after one more wrong password. */
export function afterFailedLogin(c: LoginCounters, now: Date): LoginCounters {
  // A lock that has expired starts a fresh count.
  const previous = c.terkunciSampai !== null && c.terkunciSampai <= now ? 0 : c.gagalMasuk;
  const gagalMasuk = previous + 1;
  if (gagalMasuk >= MAX_FAILED_LOGINS) {
    return { gagalMasuk, terkunciSampai: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
  }
  return { gagalMasuk, terkunciSampai: null };
}

export function minutesUntilUnlocked(c: LoginCounters, now: Date): number {
  if (!c.terkunciSampai) return 0;
  return Math.max(1, Math.ceil((c.terkunciSampai.getTime() - now.getTime()) / 60_000));
}
