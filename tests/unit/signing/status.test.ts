import { describe, expect, it } from 'vitest';
import { assertMaySign, effectiveStatus } from '@/lib/signing/mock-ca/status';
import { SIGNER_STATUSES, type SignerStatus } from '@/lib/signing/types';

const now = new Date('2026-11-23T10:00:00Z');
const valid = { notBefore: new Date('2026-01-01T00:00:00Z'), notAfter: new Date('2027-01-01T00:00:00Z') };

describe('effectiveStatus', () => {
  it.each([
    ['no certificate', null, 'NOT_REGISTERED'],
    ['issued and valid', { status: 'ISSUE', ...valid }, 'ISSUE'],
    ['issued, past notAfter', { status: 'ISSUE', notBefore: valid.notBefore, notAfter: new Date('2026-11-23T09:59:59Z') }, 'EXPIRED'],
    ['issued, before notBefore', { status: 'ISSUE', notBefore: new Date('2026-11-24T00:00:00Z'), notAfter: valid.notAfter }, 'NEW'],
    ['revoked', { status: 'REVOKE', ...valid }, 'REVOKE'],
    ['suspended', { status: 'SUSPEND', ...valid }, 'SUSPEND'],
    ['marked expired', { status: 'EXPIRED', ...valid }, 'EXPIRED'],
  ] as const)('%s -> %s', (_, certificate, expected) => {
    expect(effectiveStatus(certificate, now)).toBe(expected);
  });
});

describe('assertMaySign', () => {
  const refusals: Record<SignerStatus, string | null> = {
    ISSUE: null,
    EXPIRED: 'CERT_EXPIRED',
    RENEW: 'CERT_NOT_ACTIVE',
    WAITING_FOR_VERIFICATION: 'CERT_NOT_ACTIVE',
    NEW: 'CERT_NOT_ACTIVE',
    NO_CERTIFICATE: 'NO_CERTIFICATE',
    NOT_REGISTERED: 'NOT_REGISTERED',
    SUSPEND: 'CERT_SUSPENDED',
    REVOKE: 'CERT_REVOKED',
  };
  it.each(SIGNER_STATUSES.map((s) => [s, refusals[s]] as const))('%s -> %s', (status, code) => {
    if (code === null) expect(() => assertMaySign(status)).not.toThrow();
    else expect(() => assertMaySign(status)).toThrow(expect.objectContaining({ code }));
  });
});
