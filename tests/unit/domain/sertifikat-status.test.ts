import { describe, expect, it } from 'vitest';
import { sertifikatNotice, statusMenurutMasaBerlaku } from '@/lib/domain/tanda-tangan/sertifikat-status';
import { SIGNER_STATUSES } from '@/lib/signing/types';

const NOW = new Date('2026-11-30T00:00:00Z');
const days = (n: number) => new Date(NOW.getTime() + n * 86_400_000);

describe('sertifikatNotice', () => {
  it.each(SIGNER_STATUSES.filter((s) => s !== 'ISSUE'))('%s is an error the signer reads in Indonesian', (status) => {
    const notice = sertifikatNotice(status, null, NOW);
    expect(notice?.tingkat).toBe('galat');
    expect(notice?.pesan).toMatch(/^(Sertifikat elektronik Anda|Anda belum|NIK Anda)/);
  });

  it.each([
    [null, null],
    [days(31), null],
    [days(30), 'peringatan'],
    [days(1), 'peringatan'],
    [days(0), 'galat'],
    [days(-3), 'galat'],
  ])('ISSUE expiring %s -> %s', (until, tingkat) => {
    expect(sertifikatNotice('ISSUE', until, NOW)?.tingkat ?? null).toBe(tingkat);
  });

  it('names the days left', () => {
    expect(sertifikatNotice('ISSUE', days(12), NOW)?.pesan).toContain('12 hari');
  });
});

describe('statusMenurutMasaBerlaku', () => {
  it.each([
    ['ISSUE', days(1), 'ISSUE'],
    ['ISSUE', days(0), 'EXPIRED'],
    [null, days(-1), 'EXPIRED'],
    [null, null, null],
    ['ISSUE', null, 'ISSUE'],
    // A worse answer stays: an ended certificate that was revoked is still "dicabut".
    ['REVOKE', days(-1), 'REVOKE'],
    ['NOT_REGISTERED', days(-1), 'NOT_REGISTERED'],
  ] as const)('%s with a certificate ending %s is %s', (status, until, expected) => {
    expect(statusMenurutMasaBerlaku(status, until, NOW)).toBe(expected);
  });

  it('an ended ISSUE certificate reads as expired, not as "berakhir dalam -3 hari"', () => {
    expect(sertifikatNotice('ISSUE', days(-3), NOW)?.pesan).toContain('sudah kedaluwarsa');
  });
});
