import { describe, expect, it } from 'vitest';
import { DEFAULT_POOL_SIZE, poolSize } from '@/lib/db/pool-size';

describe('poolSize', () => {
  it('keeps a few connections per process unless told otherwise', () => {
    expect(DEFAULT_POOL_SIZE).toBe(4);
    expect(poolSize({})).toBe(4);
  });

  it('takes DATABASE_POOL_SIZE when it is a whole number above zero', () => {
    expect(poolSize({ DATABASE_POOL_SIZE: '12' })).toBe(12);
    expect(poolSize({ DATABASE_POOL_SIZE: '1' })).toBe(1);
  });

  it('ignores a value that is no pool size instead of opening none or NaN connections', () => {
    for (const value of ['0', '-3', '2.5', 'sepuluh', '']) expect(poolSize({ DATABASE_POOL_SIZE: value })).toBe(4);
  });
});
