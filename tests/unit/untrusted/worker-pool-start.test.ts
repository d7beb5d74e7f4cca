// A pool whose workers cannot start: the person waiting gets the pool's answer in seconds, instead
// of a worker started again and again for as long as the work waits (31 starts in 15 s, and no
// answer ever, before the pool counted failed starts).
import { describe, expect, it } from 'vitest';
import { definePool, UntrustedTaskError, type PoolSpec } from '@/lib/untrusted/worker-pool';

type Tasks = { halo: (input: null) => string };

const spec = (entry: string, extra: Partial<PoolSpec> = {}): PoolSpec => ({
  entry,
  size: 1,
  memoryMb: 128,
  timeoutMs: 5_000,
  queuePerWorker: 4,
  messages: { busy: 'Sibuk.', timeout: () => 'Terlalu lama.', memory: 'Memori habis.', crashed: 'Gagal diproses.' },
  ...extra,
});

async function jawaban(run: () => Promise<unknown>) {
  const t0 = performance.now();
  const error = await run().then(
    () => null,
    (e: unknown) => e,
  );
  return { error, ms: performance.now() - t0 };
}

describe('a worker pool whose workers cannot start', () => {
  it('refuses the waiting work after a few failed starts (a tasks module that does not load), and tries again for the next task', async () => {
    const run = definePool<Tasks>('tidak-bisa-mulai', () => spec('tests/support/tidak-ada-modul-ini.ts'));
    const [a, b] = await Promise.all([jawaban(() => run('halo', null)), jawaban(() => run('halo', null))]);
    for (const j of [a, b]) {
      expect(j.error).toBeInstanceOf(UntrustedTaskError);
      expect(j.error).toMatchObject({ failure: 'CRASHED', message: 'Gagal diproses.' });
      expect(j.ms).toBeLessThan(30_000);
    }
    // Not given up for good: a later task starts a worker again, and is answered the same way.
    const lagi = await jawaban(() => run('halo', null));
    expect(lagi.error).toMatchObject({ failure: 'CRASHED' });
  }, 90_000);

  it('stops a worker that does not get ready in time, and after a few refuses the waiting work', async () => {
    const run = definePool<Tasks>('tidak-pernah-siap', () => spec('tests/support/pool-tak-siap.ts', { startTimeoutMs: 1_500 }));
    const j = await jawaban(() => run('halo', null));
    expect(j.error).toMatchObject({ failure: 'CRASHED', message: 'Gagal diproses.' });
    // Three starts of 1.5 s each (the first one also builds the bundle).
    expect(j.ms).toBeGreaterThan(4_000);
    expect(j.ms).toBeLessThan(40_000);
  }, 90_000);
});
