import { describe, expect, it } from 'vitest';
import { sertifikatNotice } from '@/lib/domain/tanda-tangan/sertifikat-status';
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
  ])('ISSUE expiring %s -> %s', (until, tingkat) => {
    expect(sertifikatNotice('ISSUE', until, NOW)?.tingkat ?? null).toBe(tingkat);
  });

  it('names the days left', () => {
    expect(sertifikatNotice('ISSUE', days(12), NOW)?.pesan).toContain('12 hari');
  });
});
