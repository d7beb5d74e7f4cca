import { describe, expect, it } from 'vitest';
import { pilihanAtasan, TANPA_ATASAN_LABEL } from '@/components/admin/pilihan-atasan';

const kadis = { id: 'a', nama: 'Kepala Dinas', parentId: null };
const sekdis = { id: 'b', nama: 'Sekretaris Dinas', parentId: 'a' };
const kabid = { id: 'c', nama: 'Kepala Bidang', parentId: 'a' };

describe('pilihanAtasan (Tambah jabatan)', () => {
  it('starts from the pimpinan, and offers no "without atasan" once the OPD has one (always refused)', () => {
    const { options, defaultValue } = pilihanAtasan([sekdis, kadis, kabid]);
    expect(defaultValue).toBe('a');
    expect(options.map((o) => o.label)).toEqual(['Kepala Dinas', 'Sekretaris Dinas', 'Kepala Bidang']);
    expect(options.some((o) => o.value === '')).toBe(false);
  });

  it('an OPD without a pimpinan starts from "without atasan", which makes the new post its pimpinan', () => {
    expect(pilihanAtasan([])).toEqual({ options: [{ value: '', label: TANPA_ATASAN_LABEL }], defaultValue: '' });
    // The pimpinan deactivated: its posts are still there, none of them at the top.
    expect(pilihanAtasan([sekdis, kabid]).defaultValue).toBe('');
  });
});
