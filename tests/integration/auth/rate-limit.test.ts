import { randomUUID } from 'node:crypto';
import { createRequire } from 'node:module';
import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { TooManyAttemptsError } from '@/lib/domain/too-many-attempts';
import { createRateLimiters, limitPassphrase, limitSignIn, limitVerifikasi, passphraseAccepted, RATE_LIMITS } from '@/lib/security/rate-limit';

// Two app instances: each its own pool and its own limiter objects, one PostgreSQL table.
const pools = [new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 }), new pg.Pool({ connectionString: process.env.DATABASE_URL, max: 3 })];
const [first, second] = pools.map(createRateLimiters);
afterAll(() => Promise.all(pools.map((p) => p.end())));

describe('rate limits shared through PostgreSQL', () => {
  it('two instances hitting one identifier in parallel let exactly the limit through, and one refusal is the first', async () => {
    const identifier = `uji.${randomUUID()}@uji.go.id`;
    const results = await Promise.all(
      Array.from({ length: 30 }, (_, i) => limitSignIn({ identifier, address: null }, i % 2 ? first : second)),
    );
    const refusals = results.filter((r) => r !== null);
    expect(results.length - refusals.length).toBe(RATE_LIMITS.masukAkun.points);
    expect(refusals.filter((r) => r!.first)).toHaveLength(1);
    for (const r of refusals) expect(r!.retryAfterMs).toBeGreaterThan(0);
  });

  it('the verifier limit counts per client address across instances, and answers in Indonesian', async () => {
    const address = `198.51.100.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    for (let i = 0; i < RATE_LIMITS.verifikasi.points; i++) await limitVerifikasi(address, i % 2 ? first : second);
    const refused = limitVerifikasi(address, first);
    await expect(refused).rejects.toBeInstanceOf(TooManyAttemptsError);
    await expect(refused).rejects.toThrow(/^Terlalu banyak percobaan\. Coba lagi dalam 1 menit\.$/);
    // Another address is not affected; no address (untrusted proxy setup) is not counted.
    await expect(limitVerifikasi(`${address}-lain`, second)).resolves.toBeUndefined();
    await expect(limitVerifikasi(null, second)).resolves.toBeUndefined();
  });

  it('a refusal from another copy of the library (each bundle of the built app loads its own) is still a 429, not a 500', async () => {
    // A second copy, as Next's separately bundled route and sign-in action each hold one while the
    // limiters themselves are shared through globalThis.
    const require = createRequire(import.meta.url);
    const root = require.resolve('rate-limiter-flexible').replace(/index\.js$/, '');
    for (const file of Object.keys(require.cache)) if (file.startsWith(root)) delete require.cache[file];
    const otherCopy = require('rate-limiter-flexible') as typeof import('rate-limiter-flexible');
    const verifikasi = new otherCopy.RateLimiterPostgres({ storeClient: pools[0], storeType: 'pool', tableName: 'rate_limit', tableCreated: true, keyPrefix: 'verifikasi', ...RATE_LIMITS.verifikasi });
    const limiters = { ...first, verifikasi };
    const address = `203.0.113.${Math.floor(Math.random() * 250)}-${randomUUID()}`;
    for (let i = 0; i < RATE_LIMITS.verifikasi.points; i++) await limitVerifikasi(address, limiters);
    await expect(limitVerifikasi(address, limiters)).rejects.toBeInstanceOf(TooManyAttemptsError);
  });

  it('passphrase attempts: failures use up the limit, accepted ones give their point back', async () => {
    const pegawaiId = randomUUID();
    for (let i = 0; i < 3 * RATE_LIMITS.passphrase.points; i++) {
      await limitPassphrase(pegawaiId, first);
      await passphraseAccepted(pegawaiId, second);
    }
    for (let i = 0; i < RATE_LIMITS.passphrase.points; i++) await limitPassphrase(pegawaiId, i % 2 ? first : second);
    const refusal = await limitPassphrase(pegawaiId, first);
    expect(refusal?.retryAfterMs).toBeGreaterThan(14 * 60_000);
    expect(refusal?.retryAfterMs).toBeLessThanOrEqual(15 * 60_000);
  });
});
