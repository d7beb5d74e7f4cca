import { describe, expect, it } from 'vitest';
import { formatMegabita } from '@/lib/domain/angka';

describe('formatMegabita', () => {
  it('writes megabytes with a decimal comma and at most one decimal', () => {
    expect(formatMegabita(1_572_864)).toBe('1,5 MB');
    expect(formatMegabita(20 * 1_048_576)).toBe('20 MB');
    expect(formatMegabita(1_048_576 * 1234.56)).toBe('1.234,6 MB');
  });
});
