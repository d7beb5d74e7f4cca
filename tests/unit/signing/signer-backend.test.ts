import { describe, expect, it } from 'vitest';
import { signerBackend } from '@/lib/signing';

describe('signerBackend', () => {
  it.each([
    [undefined, 'mock-ca'],
    ['', 'mock-ca'],
    ['mock-ca', 'mock-ca'],
    [' bsre ', 'bsre'],
  ])('SIGNER_BACKEND=%j -> %s', (value, expected) => {
    expect(signerBackend(value)).toBe(expected);
  });
  it('refuses an unknown backend by name', () => {
    expect(() => signerBackend('hsm')).toThrow(/SIGNER_BACKEND/);
  });
});
