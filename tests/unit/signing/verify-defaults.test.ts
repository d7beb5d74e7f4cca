import { describe, expect, it } from 'vitest';
import { trustsMockCa } from '@/lib/signing/verify/defaults';

describe('trustsMockCa', () => {
  it.each([
    [{}, true],
    [{ SIGNER_BACKEND: 'mock-ca' }, true],
    [{ SIGNER_BACKEND: 'mock-ca', SIGNATURE_TRUST_MOCK_CA: '0' }, false],
    [{ SIGNER_BACKEND: 'bsre' }, false],
  ])('%j -> %s', (env, expected) => {
    expect(trustsMockCa(env as NodeJS.ProcessEnv)).toBe(expected);
  });
});
