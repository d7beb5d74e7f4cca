import { describe, expect, it } from 'vitest';
import { akhiriDenganTitik } from '@/lib/domain/kalimat';

describe('akhiriDenganTitik', () => {
  it.each([
    ['Dicetak oleh Nur Aini Lestari, A.Md.', 'Dicetak oleh Nur Aini Lestari, A.Md.'],
    ['Budi Santoso, M.T.', 'Budi Santoso, M.T.'],
    ['Budi Santoso, M.T. ', 'Budi Santoso, M.T.'],
    ['Inspektur Provinsi Nusa Indah', 'Inspektur Provinsi Nusa Indah.'],
    ['Dicetak oleh Ketut Sri Utami', 'Dicetak oleh Ketut Sri Utami.'],
    ['Segera!', 'Segera!'],
    ['Dilanjutkan…', 'Dilanjutkan…'],
  ])('%j -> %j', (input, expected) => {
    expect(akhiriDenganTitik(input)).toBe(expected);
  });
});
