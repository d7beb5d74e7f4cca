import { describe, expect, it } from 'vitest';
import { addYears, jraOf, retensiDates, tahapRetensi } from '@/lib/domain/arsip/retensi';
import { parseKeterangan, parseTahun, planJra } from '@/lib/domain/arsip/jra-csv';
import { KLASIFIKASI_ARSIP } from '@/prisma/seed/data/klasifikasi';
import { JRA_DEMO } from '@/prisma/seed/data/jra';

describe('retention dates', () => {
  it.each([
    ['2026-03-10', 2, 3, '2028-03-09', '2031-03-09'],
    ['2026-01-01', 1, 2, '2026-12-31', '2028-12-31'],
    ['2028-02-29', 1, 1, '2029-02-27', '2030-02-27'],
    ['2026-07-01', 0, 0, '2026-07-01', '2026-07-01'],
    ['2026-07-01', 0, 5, '2026-07-01', '2031-06-30'],
  ])('%s + %i aktif + %i inaktif', (tanggal, aktif, inaktif, aktifSampai, inaktifSampai) => {
    expect(retensiDates(tanggal, { retensiAktif: aktif, retensiInaktif: inaktif, keterangan: 'MUSNAH' })).toEqual({ aktifSampai, inaktifSampai });
  });

  it('has no dates without a complete JRA entry', () => {
    expect(retensiDates('2026-01-01', null)).toBeNull();
    expect(jraOf({ retensiAktif: 2, retensiInaktif: null, keteranganRetensi: 'MUSNAH' })).toBeNull();
    expect(jraOf({ retensiAktif: 2, retensiInaktif: 3, keteranganRetensi: null })).toBeNull();
  });

  it('clamps 29 February like PostgreSQL', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
  });

  const record = (status: 'AKTIF' | 'INAKTIF', keterangan: 'MUSNAH' | 'PERMANEN' | 'DINILAI_KEMBALI' | null) => ({ status, aktifSampai: '2028-03-09', inaktifSampai: '2031-03-09', keterangan });
  it.each([
    ['AKTIF', 'MUSNAH', '2028-03-09', 'AKTIF'],
    ['AKTIF', 'MUSNAH', '2028-03-10', 'PINDAH'],
    ['INAKTIF', 'MUSNAH', '2028-03-10', 'AKTIF'],
    ['AKTIF', 'MUSNAH', '2031-03-10', 'USUL_MUSNAH'],
    ['INAKTIF', 'MUSNAH', '2031-03-10', 'USUL_MUSNAH'],
    ['INAKTIF', 'PERMANEN', '2031-03-10', 'SERAH'],
    ['INAKTIF', 'DINILAI_KEMBALI', '2031-03-10', 'NILAI_KEMBALI'],
    ['INAKTIF', 'DINILAI_KEMBALI', '2031-03-09', 'AKTIF'],
    ['AKTIF', null, '2040-01-01', 'TANPA_JRA'],
  ] as const)('%s %s on %s is %s', (status, keterangan, today, tahap) => {
    expect(tahapRetensi(record(status, keterangan), today)).toBe(tahap);
  });
});

describe('JRA CSV', () => {
  const known = new Set(['000.1.2.3', '100.3.3']);
  it('reads a clean file, semicolons and spelled keterangan included', () => {
    const plan = planJra([['kode', 'retensi_aktif', 'retensi_inaktif', 'keterangan'], ['000.1.2.3', '1', '2', 'Musnah'], ['100.3.3', ' 2 ', '8', 'Dinilai  Kembali']], known);
    expect(plan.errors).toEqual([]);
    expect(plan.rows).toEqual([
      { kode: '000.1.2.3', retensiAktif: 1, retensiInaktif: 2, keterangan: 'MUSNAH' },
      { kode: '100.3.3', retensiAktif: 2, retensiInaktif: 8, keterangan: 'DINILAI_KEMBALI' },
    ]);
  });

  it('reports every bad cell with its line and writes nothing', () => {
    const plan = planJra(
      [
        ['kode', 'retensi_aktif', 'retensi_inaktif', 'keterangan'],
        ['000.1.2.3', '2 tahun', '-1', 'Simpan'],
        ['999.9', '1', '1', 'Musnah'],
        ['=HYPERLINK("http://x")', '1', '1', 'Musnah'],
        ['100.3.3', '1', '101', 'Permanen'],
        ['100.3.3', '1', '1', 'Permanen'],
      ],
      known,
    );
    expect(plan.rows).toEqual([]);
    expect(plan.errors).toEqual(
      expect.arrayContaining([
        expect.stringContaining('Baris 2, kolom retensi_aktif'),
        expect.stringContaining('Baris 2, kolom retensi_inaktif: "-1"'),
        expect.stringContaining('Baris 2, kolom keterangan'),
        expect.stringContaining('Baris 3, kolom kode: 999.9 belum ada'),
        expect.stringContaining('Baris 4, kolom kode: sel diawali'),
        expect.stringContaining('Baris 5, kolom retensi_inaktif'),
        expect.stringContaining('Baris 6, kolom kode: 100.3.3 sudah ada di baris 5'),
      ]),
    );
  });

  it('refuses a wrong header', () => {
    expect(planJra([['kode', 'aktif', 'inaktif', 'ket']], known).errors[0]).toContain('judul kolom');
  });

  it('parses keterangan and years strictly', () => {
    expect(parseKeterangan('PERMANEN')).toBe('PERMANEN');
    expect(parseKeterangan('hapus')).toBeNull();
    expect(parseTahun('0')).toBe(0);
    expect(parseTahun('1.5')).toBeNull();
    expect(parseTahun('１')).toBeNull();
  });

  it('the demo JRA names only demo codes', () => {
    const kode = new Set(KLASIFIKASI_ARSIP.map(([k]) => k));
    expect(JRA_DEMO.filter(([k]) => !kode.has(k))).toEqual([]);
    expect(new Set(JRA_DEMO.map(([, , , k]) => k))).toEqual(new Set(['MUSNAH', 'PERMANEN', 'DINILAI_KEMBALI']));
  });
});
