import { describe, expect, it } from 'vitest';
import os from 'node:os';
import { startWorkerCount } from '@/scripts/lib/launch';

describe('production server workers', () => {
  it.each([
    [{}, os.availableParallelism()],
    [{ WEB_CONCURRENCY: '' }, os.availableParallelism()],
    [{ WEB_CONCURRENCY: '1' }, 1],
    [{ WEB_CONCURRENCY: '4' }, 4],
    [{ WEB_CONCURRENCY: '0' }, os.availableParallelism()],
    [{ WEB_CONCURRENCY: 'dua' }, os.availableParallelism()],
    [{ WEB_CONCURRENCY: '1.5' }, os.availableParallelism()],
  ])('WEB_CONCURRENCY %j gives %i workers', (env, workers) => {
    expect(startWorkerCount(env)).toBe(workers);
  });
});
