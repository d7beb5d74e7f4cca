import { describe, expect, it } from 'vitest';
import {
  JAM_MELESET_MAKS_MS,
  PESAN_JAM_PERANGKAT,
  PESAN_TINDAKAN_KEDALUWARSA,
  SIMPAN_KUNCI_LURING_HARI,
  UMUR_TINDAKAN_LURING_HARI,
  batasSimpanKunci,
  tolakUmurTindakan,
} from '@/lib/domain/offline/umur-tindakan';

const HARI = 86_400_000;
const now = new Date('2026-12-06T05:00:00Z');
const lalu = (ms: number) => new Date(now.getTime() - ms);

describe('how old an offline action may be when it arrives', () => {
  it('takes one made now, a little ahead of the server, or up to the age limit ago', () => {
    expect(tolakUmurTindakan(now, now)).toBeNull();
    expect(tolakUmurTindakan(lalu(-5 * 60_000), now)).toBeNull();
    expect(tolakUmurTindakan(lalu(-JAM_MELESET_MAKS_MS), now)).toBeNull();
    expect(tolakUmurTindakan(lalu(UMUR_TINDAKAN_LURING_HARI * HARI), now)).toBeNull();
  });

  it('refuses one made past the age limit, or stamped by a clock far ahead, or with no valid time', () => {
    expect(tolakUmurTindakan(lalu(UMUR_TINDAKAN_LURING_HARI * HARI + 1), now)).toBe(PESAN_TINDAKAN_KEDALUWARSA);
    expect(tolakUmurTindakan(lalu(-JAM_MELESET_MAKS_MS - 1), now)).toBe(PESAN_JAM_PERANGKAT);
    expect(tolakUmurTindakan(new Date('2036-01-01T00:00:00Z'), now)).toBe(PESAN_JAM_PERANGKAT);
    expect(tolakUmurTindakan(new Date(Number.NaN), now)).toBe(PESAN_JAM_PERANGKAT);
    expect(PESAN_TINDAKAN_KEDALUWARSA).toContain(`${UMUR_TINDAKAN_LURING_HARI} hari`);
  });

  it('keeps a key until every copy of its action is refused by age: a copy is stamped no later than its claim plus the clock error', () => {
    // The latest stamp a copy of a key claimed just before the keep ended can carry...
    const klaim = new Date(batasSimpanKunci(now).getTime() - 1);
    const capSalinan = new Date(klaim.getTime() + JAM_MELESET_MAKS_MS);
    // ...is refused when it arrives after the sweep.
    expect(tolakUmurTindakan(capSalinan, now)).toBe(PESAN_TINDAKAN_KEDALUWARSA);
    expect(SIMPAN_KUNCI_LURING_HARI * HARI).toBeGreaterThanOrEqual(UMUR_TINDAKAN_LURING_HARI * HARI + JAM_MELESET_MAKS_MS);
    expect(batasSimpanKunci(now).getTime()).toBe(now.getTime() - SIMPAN_KUNCI_LURING_HARI * HARI);
  });
});
