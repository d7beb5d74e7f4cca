import { describe, expect, it } from 'vitest';
import { alasanStempelBaruDitolak, periksaLagiPada, perluDiperbarui } from '@/lib/domain/arsip/bukti';

const DAY = 86_400_000;
const now = new Date('2030-03-01T19:00:00Z');
const at = (days: number) => new Date(now.getTime() + days * DAY);

describe('periksaLagiPada', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 4],
    [5, 16],
    [6, 30],
    [40, 30],
  ])('after %i failures in a row waits %i days', (gagalBeruntun, days) => {
    expect(periksaLagiPada({ buktiBerlakuSampai: null, buktiDiperbaruiPada: null, gagalBeruntun }, now, 180)).toEqual(at(days));
  });

  it('looks again when the proof comes within the horizon', () => {
    expect(periksaLagiPada({ buktiBerlakuSampai: at(400), buktiDiperbaruiPada: null, gagalBeruntun: 0 }, now, 180)).toEqual(at(220));
  });

  it('after a renewal whose proof is still short, waits out the pause before trying again', () => {
    const r = { buktiBerlakuSampai: at(60), buktiDiperbaruiPada: now, gagalBeruntun: 0 };
    expect(periksaLagiPada(r, now, 180)).toEqual(at(30));
    expect(perluDiperbarui(r, at(29), 180)).toBe(false);
    expect(perluDiperbarui(r, at(30), 180)).toBe(true);
  });

  it('never schedules a look in the past', () => {
    expect(periksaLagiPada({ buktiBerlakuSampai: at(-5), buktiDiperbaruiPada: null, gagalBeruntun: 0 }, now, 180)).toEqual(now);
  });
});

describe('alasanStempelBaruDitolak', () => {
  const entry = (index: number, kind: 'SIGNATURE' | 'DOC_TIMESTAMP', trusted = true, valid = true) => ({ index, kind, trusted, integrity: { valid } });
  it.each([
    ['a trusted, intact new document time-stamp', [entry(1, 'SIGNATURE'), entry(2, 'DOC_TIMESTAMP')], null],
    ['an untrusted one', [entry(1, 'SIGNATURE'), entry(2, 'DOC_TIMESTAMP', false)], 'akar tepercaya'],
    ['a broken one', [entry(1, 'SIGNATURE'), entry(2, 'DOC_TIMESTAMP', true, false)], 'tidak utuh'],
    ['no new time-stamp at the end', [entry(2, 'SIGNATURE'), entry(1, 'DOC_TIMESTAMP')], 'tidak utuh'],
    ['nothing', [], 'tidak utuh'],
  ] as const)('%s', (_, signatures, expected) => {
    const reason = alasanStempelBaruDitolak({ signatures });
    if (expected === null) expect(reason).toBeNull();
    else expect(reason).toContain(expected);
  });
});
