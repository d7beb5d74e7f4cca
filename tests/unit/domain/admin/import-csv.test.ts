import { describe, expect, it } from 'vitest';
import { checkShape, describeError, IMPORT_HEADERS, planImport, type ExistingOpdData, type ImportFile, type Records } from '@/lib/domain/admin/import-csv';
import { isFormulaLike } from '@/lib/domain/admin/csv-cells';

const none: ExistingOpdData = { unitKode: new Set(), unitNama: new Set(), jabatanKode: new Set(), nip: new Set(), email: new Set(), nik: new Set(), hasPimpinan: false };

function shape(file: ImportFile, lines: string[][]) {
  return checkShape(file, [[...IMPORT_HEADERS[file]], ...lines]);
}

const units = shape('unit', [['PIMP', 'Pimpinan', 'PIMPINAN', ''], ['BID1', 'Bidang Satu', 'bidang', 'PIMP']]).records;
const jabatan = shape('jabatan', [
  ['KADIS', 'Kepala Dinas', 'Kadis', 'STRUKTURAL', 'II.a', 'PIMP', ''],
  ['KABID', 'Kepala Bidang', 'Kabid', 'STRUKTURAL', '', 'BID1', 'KADIS'],
  ['STAF', 'Pelaksana', 'Staf', 'PELAKSANA', '', 'BID1', 'KABID'],
]).records;
const pegawai = shape('pegawai', [['199003152015031002', '3201011503900001', 'Budi', '', 'S.Kom.', 'IV/a', 'Budi@X.go.id', 'KADIS']]).records;

describe('isFormulaLike', () => {
  it.each([['=HYPERLINK("x")', true], ['+62', true], ['-1', true], ['@SUM', true], ['\tx', true], ['\rx', true], ['Budi', false], ['', false], ['a=b', false]])('%j -> %s', (c, r) => {
    expect(isFormulaLike(c)).toBe(r);
  });
});

describe('checkShape', () => {
  it('refuses wrong headers naming row 1', () => {
    const r = checkShape('unit', [['kode', 'nama', 'tipe', 'induk'], ['A', 'B', 'BIDANG', '']]);
    expect(r.errors).toHaveLength(1);
    expect(describeError(r.errors[0]!)).toContain('unit_kerja.csv, baris 1');
  });

  it('refuses 50,000 rows with a clear message', () => {
    const rows = Array.from({ length: 50_000 }, (_, i) => [`K${i}`, 'Unit', 'BIDANG', '']);
    const r = shape('unit', rows);
    expect(r.errors[0]!.message).toContain('50.000 baris');
    expect(r.records).toEqual([]);
  });

  it('refuses formula cells naming row and column, and short rows', () => {
    const r = shape('unit', [['A', '=HYPERLINK("http://x","klik")', 'BIDANG', ''], ['B', 'Unit B']]);
    expect(r.errors.map(describeError)).toEqual([
      'unit_kerja.csv, baris 2, kolom nama: Sel diawali =, +, -, @, tab atau CR (rumus) tidak diterima.',
      'unit_kerja.csv, baris 3: Jumlah kolom 2, seharusnya 4.',
    ]);
  });

  it('skips blank lines but keeps line numbers', () => {
    const r = shape('unit', [['A', 'Unit A', 'BIDANG', ''], ['', '', '', ''], ['B', 'Unit B', 'BIDANG', 'A']]);
    expect(r.records.map((x) => x.__row)).toEqual(['2', '4']);
  });
});

describe('planImport', () => {
  it('plans a clean onboarding with levels from the atasan chain', () => {
    const r = planImport({ unit: units, jabatan, pegawai }, none);
    expect(r.errors).toEqual([]);
    expect(r.plan!.jabatan.map((j) => [j.kode, j.level])).toEqual([['KADIS', 1], ['KABID', 2], ['STAF', 3]]);
    expect(r.plan!.units[1]!.jenis).toBe('BIDANG');
    expect(r.plan!.pegawai[0]!.email).toBe('budi@x.go.id');
  });

  const cases: [string, Record<ImportFile, Records>, Partial<ExistingOpdData>, string][] = [
    ['duplicate NIP in the database', { unit: units, jabatan, pegawai }, { nip: new Set(['199003152015031002']) }, 'pegawai.csv, baris 2, kolom nip: NIP 199003152015031002 sudah terdaftar.'],
    ['invalid NIP', { unit: units, jabatan, pegawai: shape('pegawai', [['199002302015031002', '3201011503900001', 'Budi', '', '', '', '', '']]).records }, {}, 'pegawai.csv, baris 2, kolom nip: NIP tidak valid'],
    ['invalid NIK', { unit: units, jabatan, pegawai: shape('pegawai', [['199003152015031002', '0201', 'Budi', '', '', '', '', '']]).records }, {}, 'kolom nik: NIK harus 16 angka'],
    ['unknown golongan', { unit: units, jabatan, pegawai: shape('pegawai', [['199003152015031002', '3201011503900001', 'Budi', '', '', 'V/a', '', '']]).records }, {}, 'kolom golongan'],
    ['duplicate NIP inside the file', { unit: units, jabatan, pegawai: shape('pegawai', [['199003152015031002', '3201011503900001', 'Budi', '', '', '', '', ''], ['199003152015031002', '3201011503900002', 'Bude', '', '', '', '', '']]).records }, {}, 'baris 3, kolom nip: NIP 199003152015031002 sudah dipakai di baris 2'],
    ['duplicate NIK in the database', { unit: units, jabatan, pegawai: shape('pegawai', [['199003152015031002', '3201011503900001', 'Budi', '', '', '', '', '']]).records }, { nik: new Set(['3201011503900001']) }, 'pegawai.csv, baris 2, kolom nik: NIK 3201011503900001 sudah terdaftar.'],
    ['duplicate NIK inside the file', { unit: units, jabatan, pegawai: shape('pegawai', [['199003152015031002', '3201011503900001', 'Budi', '', '', '', '', ''], ['198512012010122001', '3201011503900001', 'Sari', '', '', '', '', '']]).records }, {}, 'baris 3, kolom nik: NIK 3201011503900001 sudah dipakai di baris 2'],
    ['unknown unit of a jabatan', { unit: units.slice(0, 1), jabatan, pegawai: [] }, {}, 'jabatan.csv, baris 3, kolom kode_unit'],
    ['jabatan cycle', { unit: units, jabatan: shape('jabatan', [['A', 'Jab A', 'A', 'STRUKTURAL', '', 'PIMP', 'B'], ['B', 'Jab B', 'B', 'STRUKTURAL', '', 'PIMP', 'A']]).records, pegawai: [] }, {}, 'siklus'],
    ['second pimpinan', { unit: units, jabatan, pegawai: [] }, { hasPimpinan: true }, 'jabatan.csv, baris 2, kolom kode_atasan: Hanya satu'],
    ['two pegawai in one post', { unit: units, jabatan, pegawai: shape('pegawai', [['199003152015031002', '3201011503900001', 'Budi', '', '', '', '', 'KADIS'], ['198512012010122001', '3201011503900002', 'Sari', '', '', '', '', 'KADIS']]).records }, {}, 'baris 3, kolom kode_jabatan'],
  ];
  it.each(cases)('%s', (_, records, existing, expected) => {
    const r = planImport(records, { ...none, ...existing });
    expect(r.plan).toBeNull();
    expect(r.errors.map(describeError).join('\n')).toContain(expected);
  });
});
