import { describe, expect, it } from 'vitest';
import { afterFailedLogin, isLocked, LOCKOUT_MINUTES, MAX_FAILED_LOGINS, minutesUntilUnlocked } from '@/lib/domain/auth/lockout';

const now = new Date('2026-11-23T08:00:00Z');

describe('lock-out', () => {
  it(`locks on the ${MAX_FAILED_LOGINS}th wrong password, not before`, () => {
    let c = { gagalMasuk: 0, terkunciSampai: null as Date | null };
    for (let i = 1; i < MAX_FAILED_LOGINS; i++) {
      c = afterFailedLogin(c, now);
      expect(isLocked(c, now)).toBe(false);
    }
    c = afterFailedLogin(c, now);
    expect(isLocked(c, now)).toBe(true);
    expect(minutesUntilUnlocked(c, now)).toBe(LOCKOUT_MINUTES);
  });

  it('unlocks after the lock-out period and starts counting afresh', () => {
    const locked = { gagalMasuk: MAX_FAILED_LOGINS, terkunciSampai: new Date(now.getTime() + LOCKOUT_MINUTES * 60_000) };
    const later = new Date(now.getTime() + (LOCKOUT_MINUTES + 1) * 60_000);
    expect(isLocked(locked, later)).toBe(false);
    const next = afterFailedLogin(locked, later);
    expect(next).toEqual({ gagalMasuk: 1, terkunciSampai: null });
  });
});
