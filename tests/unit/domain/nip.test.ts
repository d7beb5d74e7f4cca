import { describe, expect, it } from 'vitest';
import { checkNip, formatNip, isValidNik, isValidNip } from '@/lib/domain/pegawai/nip';

describe('checkNip', () => {
  it.each([
    ['199003152015031002', true],
    ['198512012010122001', true],
    ['19900315201503100', false], // 17 digits
    ['1990031520150310021', false], // 19 digits
    ['19900315201503100a', false],
    ['199002302015031002', false], // 30 February
    ['199013012015031002', false], // month 13
    ['199003152015131002', false], // TMT month 13
    ['199003152000031002', false], // TMT before age 17
    ['199003152015033002', false], // gender digit 3
    ['199003152015031000', false], // sequence 000
    ['193001012015031001', false], // born before 1940
  ])('%s -> %s', (nip, ok) => {
    expect(isValidNip(nip)).toBe(ok);
  });

  it('names the part that is wrong', () => {
    const r = checkNip('199002302015031002');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('tanggal lahir');
  });
});

describe('isValidNik', () => {
  it.each([
    ['3273011503900001', true],
    ['0273011503900001', false],
    ['327301150390000', false],
    ['32730115039000011', false],
    ['32730115039000a1', false],
  ])('%s -> %s', (nik, ok) => expect(isValidNik(nik)).toBe(ok));
});

it('formats a NIP the way it is printed under a signature', () => {
  expect(formatNip('199003152015031002')).toBe('19900315 201503 1 002');
});
