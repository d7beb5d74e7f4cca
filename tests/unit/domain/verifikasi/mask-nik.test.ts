import { describe, expect, it } from 'vitest';
import { maskNik } from '@/lib/domain/verifikasi/mask-nik';

describe('maskNik', () => {
  it.each([
    ['3201010101900001', '3201********0001'],
    ['12345', '12345'],
    [null, null],
    ['', ''],
  ])('%j -> %j', (nik, masked) => {
    expect(maskNik(nik)).toBe(masked);
  });
});
