import { describe, expect, it } from 'vitest';
import {
  EVENT_NASKAH,
  STATUS_NASKAH,
  TransitionError,
  assertTransition,
  isEditableByDrafter,
  type EventNaskah,
  type StatusNaskah,
} from '@/lib/domain/naskah/state-machine';

// Written out independently of the table in the module: every allowed edge, nothing else.
const ALLOWED: Record<string, StatusNaskah> = {
  'KONSEP simpan': 'KONSEP',
  'KONSEP ajukan': 'VERIFIKASI',
  'KONSEP ajukanTanpaVerifikasi': 'MENUNGGU_TANDA_TANGAN',
  'KONSEP batalkan': 'DIBATALKAN',
  'VERIFIKASI paraf': 'VERIFIKASI',
  'VERIFIKASI siapTandaTangan': 'MENUNGGU_TANDA_TANGAN',
  'VERIFIKASI ubahOlehVerifikator': 'VERIFIKASI',
  'VERIFIKASI kembalikan': 'DIKEMBALIKAN',
  'VERIFIKASI tarik': 'KONSEP',
  'DIKEMBALIKAN simpan': 'DIKEMBALIKAN',
  'DIKEMBALIKAN ajukan': 'VERIFIKASI',
  'DIKEMBALIKAN ajukanTanpaVerifikasi': 'MENUNGGU_TANDA_TANGAN',
  'DIKEMBALIKAN batalkan': 'DIBATALKAN',
  'MENUNGGU_TANDA_TANGAN kembalikan': 'DIKEMBALIKAN',
  'MENUNGGU_TANDA_TANGAN tarik': 'KONSEP',
  'MENUNGGU_TANDA_TANGAN tandatangani': 'DITANDATANGANI',
};

const pairs: [StatusNaskah, EventNaskah][] = STATUS_NASKAH.flatMap((s) => EVENT_NASKAH.map((e) => [s, e] as [StatusNaskah, EventNaskah]));

describe('naskah state machine', () => {
  it('covers 7 states x 10 events', () => {
    expect(STATUS_NASKAH).toHaveLength(7);
    expect(EVENT_NASKAH).toHaveLength(10);
    expect(pairs).toHaveLength(70);
  });

  it.each(pairs)('%s + %s', (status, event) => {
    const expected = ALLOWED[`${status} ${event}`];
    if (expected) {
      expect(assertTransition(status, event)).toBe(expected);
    } else {
      expect(() => assertTransition(status, event)).toThrow(TransitionError);
      try {
        assertTransition(status, event);
      } catch (e) {
        expect((e as Error).message).toMatch(/karena statusnya "/);
      }
    }
  });

  it('nobody edits a naskah waiting for its signature', () => {
    expect(() => assertTransition('MENUNGGU_TANDA_TANGAN', 'simpan')).toThrow('Menunggu tanda tangan');
    expect(() => assertTransition('MENUNGGU_TANDA_TANGAN', 'ubahOlehVerifikator')).toThrow(TransitionError);
  });

  it.each([
    ['KONSEP', true],
    ['DIKEMBALIKAN', true],
    ['VERIFIKASI', false],
    ['MENUNGGU_TANDA_TANGAN', false],
    ['DITANDATANGANI', false],
    ['TERCATAT', false],
    ['DIBATALKAN', false],
  ] as const)('drafter may edit in %s: %s', (status, editable) => {
    expect(isEditableByDrafter(status)).toBe(editable);
  });
});
