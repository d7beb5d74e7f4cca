import { describe, expect, it } from 'vitest';
import {
  barisJabatanPenandatangan,
  denganWilayah,
  jabatanPenetap,
  TandaTanganError,
  wilayahInstansi,
  type JabatanPenandatangan,
} from '@/lib/domain/naskah/tanda-tangan';

const KADIS = 'Kepala Dinas Komunikasi dan Informatika Provinsi Nusa Indah';

describe('barisJabatanPenandatangan', () => {
  it.each<[string, JabatanPenandatangan, string[]]>([
    ['LANGSUNG', { cara: 'LANGSUNG', jabatan: KADIS }, ['KEPALA DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI NUSA INDAH,']],
    ['AN', { cara: 'AN', jabatan: 'Sekretaris', atasNama: KADIS }, ['a.n. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI NUSA INDAH', 'Sekretaris,']],
    [
      'UB',
      { cara: 'UB', jabatan: 'Kepala Subbagian Umum dan Kepegawaian', atasNama: KADIS, perantara: 'Sekretaris' },
      ['a.n. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI NUSA INDAH', 'Sekretaris,', 'u.b.', 'Kepala Subbagian Umum dan Kepegawaian,'],
    ],
    ['UB without perantara', { cara: 'UB', jabatan: 'Kepala Subbagian Umum', atasNama: KADIS }, ['a.n. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI NUSA INDAH', 'u.b.', 'Kepala Subbagian Umum,']],
    ['PLT', { cara: 'PLT', jabatan: KADIS }, ['Plt. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI NUSA INDAH,']],
    ['PLH', { cara: 'PLH', jabatan: KADIS }, ['Plh. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI NUSA INDAH,']],
    ['trailing comma not doubled', { cara: 'AN', jabatan: 'Sekretaris,', atasNama: KADIS }, ['a.n. KEPALA DINAS KOMUNIKASI DAN INFORMATIKA PROVINSI NUSA INDAH', 'Sekretaris,']],
  ])('%s', (_, input, lines) => {
    expect(barisJabatanPenandatangan(input)).toEqual(lines);
  });

  it.each<JabatanPenandatangan>([
    { cara: 'AN', jabatan: 'Sekretaris' },
    { cara: 'UB', jabatan: 'Kasubbag', atasNama: '  ' },
    { cara: 'LANGSUNG', jabatan: ' ' },
  ])('refuses incomplete input %o', (input) => {
    expect(() => barisJabatanPenandatangan(input)).toThrow(TandaTanganError);
  });
});

describe('jabatanPenetap', () => {
  it.each<[JabatanPenandatangan, string]>([
    [{ cara: 'LANGSUNG', jabatan: KADIS }, KADIS],
    [{ cara: 'AN', jabatan: 'Sekretaris', atasNama: KADIS }, KADIS],
    [{ cara: 'UB', jabatan: 'Kasubbag Umum', atasNama: KADIS, perantara: 'Sekretaris' }, KADIS],
    [{ cara: 'PLT', jabatan: KADIS }, KADIS],
    [{ cara: 'PLH', jabatan: 'Kepala Bidang IKP' }, 'Kepala Bidang IKP'],
  ])('%o issues as %s', (input, expected) => {
    expect(jabatanPenetap(input)).toBe(expected);
  });
});

describe('wilayah', () => {
  it('strips "Pemerintah" from the instansi name', () => {
    expect(wilayahInstansi('Pemerintah Provinsi Nusa Indah')).toBe('Provinsi Nusa Indah');
    expect(wilayahInstansi('Pemerintah Kabupaten Giri Asri')).toBe('Kabupaten Giri Asri');
  });
  it('adds the region once', () => {
    expect(denganWilayah('Kepala Dinas Kesehatan', 'Provinsi Nusa Indah')).toBe('Kepala Dinas Kesehatan Provinsi Nusa Indah');
    expect(denganWilayah(KADIS, 'Provinsi Nusa Indah')).toBe(KADIS);
    expect(denganWilayah('Sekretaris', null)).toBe('Sekretaris');
  });
});
