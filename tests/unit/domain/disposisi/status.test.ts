import { describe, expect, it } from 'vitest';
import { canMove, canWithdraw, labelStatusDisposisi, statusTampil, type StatusDisposisi } from '@/lib/domain/disposisi/status';

const now = new Date('2026-11-23T10:00:00Z');
const past = new Date('2026-11-22T10:00:00Z');
const future = new Date('2026-11-24T10:00:00Z');
const ALL: StatusDisposisi[] = ['BELUM_DIBACA', 'DIBACA', 'DITINDAKLANJUTI', 'SELESAI', 'DITARIK'];

describe('statusTampil', () => {
  it.each([
    ['BELUM_DIBACA', past, 'TERLAMBAT'],
    ['DIBACA', past, 'TERLAMBAT'],
    ['DITINDAKLANJUTI', past, 'TERLAMBAT'],
    ['SELESAI', past, 'SELESAI'],
    ['DITARIK', past, 'DITARIK'],
    ['DIBACA', future, 'DIBACA'],
    ['DIBACA', null, 'DIBACA'],
  ] as const)('%s with deadline %s shows %s', (status, deadline, shown) => {
    expect(statusTampil(status, deadline, now)).toBe(shown);
  });
});

describe('labelStatusDisposisi: one label for the timeline and the overdue list', () => {
  it.each([
    ['BELUM_DIBACA', past, 'Terlambat (belum dibaca)'],
    ['DIBACA', past, 'Terlambat (sudah dibaca)'],
    ['DITINDAKLANJUTI', past, 'Terlambat (sudah ditindaklanjuti)'],
    ['SELESAI', past, 'Selesai'],
    ['DITARIK', past, 'Ditarik'],
    ['DITINDAKLANJUTI', future, 'Ditindaklanjuti'],
    ['BELUM_DIBACA', null, 'Belum dibaca'],
  ] as const)('%s with deadline %s reads %s', (status, deadline, label) => {
    expect(labelStatusDisposisi(status, deadline, now)).toBe(label);
  });
});

describe('transitions', () => {
  const allowed = new Set(['BELUM_DIBACA>DIBACA', 'BELUM_DIBACA>DITARIK', 'DIBACA>DITINDAKLANJUTI', 'DIBACA>SELESAI', 'DITINDAKLANJUTI>DITINDAKLANJUTI', 'DITINDAKLANJUTI>SELESAI']);
  for (const from of ALL) {
    for (const to of ALL) {
      it(`${from} -> ${to}`, () => expect(canMove(from, to)).toBe(allowed.has(`${from}>${to}`)));
    }
  }
});

it('allows withdrawal only while every recipient has not read it', () => {
  expect(canWithdraw(['BELUM_DIBACA', 'BELUM_DIBACA'])).toBe(true);
  expect(canWithdraw(['BELUM_DIBACA', 'DIBACA'])).toBe(false);
  expect(canWithdraw([])).toBe(false);
});
