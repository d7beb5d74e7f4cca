import { describe, expect, it } from 'vitest';
import { pathVerdict, statusOf, SUB_INDICATION_LABELS, verdict } from '@/lib/signing/verify/report/indication';
import { SUB_INDICATIONS } from '@/lib/signing/verify/types';

describe('pathVerdict: a failed certificate path at the validation time', () => {
  it.each([
    // failure, position on the path, time proven by a time-stamp, indication, sub-indication
    ['NO_CERTIFICATE_CHAIN_FOUND', 0, true, 'INDETERMINATE', 'NO_CERTIFICATE_CHAIN_FOUND'],
    ['CHAIN_CONSTRAINTS_FAILURE', 1, false, 'INDETERMINATE', 'CHAIN_CONSTRAINTS_FAILURE'],
    ['SIG_CONSTRAINTS_FAILURE', 0, false, 'INDETERMINATE', 'SIG_CONSTRAINTS_FAILURE'],
    ['EXPIRED', 0, true, 'TOTAL_FAILED', 'EXPIRED'],
    ['EXPIRED', 0, false, 'INDETERMINATE', 'OUT_OF_BOUNDS_NO_POE'],
    ['EXPIRED', 1, true, 'INDETERMINATE', 'OUT_OF_BOUNDS_NO_POE'],
    ['NOT_YET_VALID', 0, false, 'TOTAL_FAILED', 'NOT_YET_VALID'],
    ['NOT_YET_VALID', 2, true, 'INDETERMINATE', 'OUT_OF_BOUNDS_NO_POE'],
    ['REVOKED', 0, true, 'TOTAL_FAILED', 'REVOKED'],
    ['REVOKED', 0, false, 'INDETERMINATE', 'REVOKED_NO_POE'],
    ['REVOKED_CA', 1, true, 'INDETERMINATE', 'REVOKED_CA_NO_POE'],
    ['REVOCATION_UNKNOWN', 0, true, 'INDETERMINATE', 'TRY_LATER'],
  ] as const)('%s at %i (time proven: %s) -> %s / %s', (failure, at, proven, indication, subIndication) => {
    expect(pathVerdict(failure, at, proven)).toEqual({ indication, subIndication });
  });
});

describe('statusOf: what the page leads with', () => {
  it('is VALID only for TOTAL_PASSED', () => {
    expect(statusOf({ indication: 'TOTAL_PASSED', subIndication: null })).toBe('VALID');
  });

  it('leaves only a missing revocation answer "not yet certain"; every other doubt is INVALID', () => {
    for (const sub of SUB_INDICATIONS) expect(statusOf(verdict(sub))).toBe(sub === 'TRY_LATER' ? 'INDETERMINATE' : 'INVALID');
  });

  it('says every sub-indication in Indonesian', () => {
    for (const sub of SUB_INDICATIONS) expect(SUB_INDICATION_LABELS[sub]).toMatch(/\.$/);
  });
});
