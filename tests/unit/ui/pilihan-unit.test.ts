import { describe, expect, it } from 'vitest';
import { pilihanUnit } from '@/components/admin/pilihan-unit';
import { kunciNamaUnit, unitBernamaSama } from '@/lib/domain/organisasi/nama-unit';

describe('pilihanUnit (Induk, Unit kerja, Pindahkan)', () => {
  it('lists units by name, each with its kode', () => {
    const units = [
      { id: '1', nama: 'Sekretariat', kode: 'SEKR' },
      { id: '2', nama: 'bidang Aptika', kode: 'BID2' },
      { id: '3', nama: 'Bidang 10', kode: 'B10' },
      { id: '4', nama: 'Bidang 9', kode: 'B9' },
      { id: '5', nama: 'Bidang Aptika', kode: 'BID1' },
    ];
    expect(pilihanUnit(units).map((o) => o.label)).toEqual(['Bidang 9 (B9)', 'Bidang 10 (B10)', 'Bidang Aptika (BID1)', 'bidang Aptika (BID2)', 'Sekretariat (SEKR)']);
  });
});

describe('unitBernamaSama', () => {
  const units = [{ id: 'a', nama: 'Bidang Aptika' }];
  it.each([
    ['Bidang Aptika', 'a'],
    ['  bidang   APTIKA ', 'a'],
    ['Bidang Aptika 2', undefined],
  ])('%j -> %s', (nama, id) => expect(unitBernamaSama(nama, units)?.id).toBe(id));

  it('does not count the unit being renamed', () => {
    expect(unitBernamaSama('BIDANG APTIKA', units, 'a')).toBeUndefined();
    expect(kunciNamaUnit(' Bidang\u00a0Aptika ')).toBe('bidang aptika');
  });
});
