import { describe, expect, it } from 'vitest';
import { caraSaatTandaTangan } from '@/lib/domain/tanda-tangan/cara-saat-tanda-tangan';

describe('caraSaatTandaTangan', () => {
  it.each([
    ['LANGSUNG', 'DEFINITIF', 'LANGSUNG'],
    ['LANGSUNG', 'PLT', 'PLT'],
    ['LANGSUNG', 'PLH', 'PLH'],
    ['PLT', 'DEFINITIF', 'LANGSUNG'],
    ['PLT', 'PLT', 'PLT'],
    ['PLH', 'PLT', 'PLT'],
    ['AN', 'DEFINITIF', 'AN'],
    ['AN', 'PLH', 'AN'],
    ['UB', 'PLT', 'UB'],
  ] as const)('%s drafted, signer holds the post as %s -> %s', (drafted, penugasan, printed) => {
    expect(caraSaatTandaTangan(drafted, penugasan)).toBe(printed);
  });
});
