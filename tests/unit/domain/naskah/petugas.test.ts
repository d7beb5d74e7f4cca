import { describe, expect, it } from 'vitest';
import { petugasSchema } from '@/lib/domain/naskah/konten';
import { prepareKonten } from '@/lib/domain/naskah/prepare-konten';
import { cariPegawaiSchema, indexOfPegawai, jabatanPetugas, movePetugas, pegawaiIdsOf, petugasFromPegawai, type PegawaiSumber } from '@/lib/domain/naskah/petugas';

const OPD = 'opd-kominfo';
const pegawai = (extra: Partial<PegawaiSumber> = {}): PegawaiSumber => ({
  id: '0190a0b0-0000-7000-8000-000000000001',
  nama: 'Kadek Wirawan',
  gelarDepan: null,
  gelarBelakang: 'S.Kom.',
  nip: '198907142015031002',
  golongan: 'III/c',
  ...extra,
});
const prakom = { nama: 'Pranata Komputer Ahli Muda', opdId: OPD, opdNama: 'Dinas Komunikasi dan Informatika' };

describe('jabatanPetugas', () => {
  it.each([
    ['same OPD: the post name only', prakom, 'Pranata Komputer Ahli Muda'],
    ['another OPD: "pada" the OPD', { ...prakom, opdId: 'opd-dinkes', opdNama: 'Dinas Kesehatan' }, 'Pranata Komputer Ahli Muda pada Dinas Kesehatan'],
    ['another OPD whose name is already in the post', { nama: 'Kepala Dinas Kesehatan', opdId: 'opd-dinkes', opdNama: 'Dinas Kesehatan' }, 'Kepala Dinas Kesehatan'],
    ['no definitif post', null, ''],
  ] as const)('%s', (_, jabatan, expected) => {
    expect(jabatanPetugas(jabatan, OPD)).toBe(expected);
  });
});

describe('petugasFromPegawai', () => {
  it.each([
    ['gelar belakang, golongan known', pegawai(), { nama: 'Kadek Wirawan, S.Kom.', pangkat: 'Penata (III/c)' }],
    ['gelar depan and belakang', pegawai({ gelarDepan: 'Dr. Ir.', gelarBelakang: 'M.T.', golongan: 'IV/b' }), { nama: 'Dr. Ir. Kadek Wirawan, M.T.', pangkat: 'Pembina Tingkat I (IV/b)' }],
    ['no golongan: no pangkat', pegawai({ gelarBelakang: null, golongan: null }), { nama: 'Kadek Wirawan', pangkat: undefined }],
    ['unknown golongan printed as is', pegawai({ golongan: 'IX' }), { nama: 'Kadek Wirawan, S.Kom.', pangkat: 'IX' }],
  ] as const)('%s', (_, source, expected) => {
    const p = petugasFromPegawai(source, prakom, OPD);
    expect(p).toMatchObject({ pegawaiId: source.id, nip: source.nip, jabatan: 'Pranata Komputer Ahli Muda', nama: expected.nama });
    expect(p.pangkat).toBe(expected.pangkat);
    expect(petugasSchema.safeParse(p).success).toBe(true);
  });

  it('a pegawai without a post is a row that is not complete yet', () => {
    const p = petugasFromPegawai(pegawai(), null, OPD);
    expect(p.jabatan).toBe('');
    expect(petugasSchema.safeParse(p).error?.issues.map((i) => i.message)).toEqual(['Isi jabatan.']);
  });
});

describe('petugasSchema (the manual form and the server use the same messages)', () => {
  it.each([
    [{ nama: '', jabatan: 'Analis' }, ['Isi nama.']],
    [{ nama: 'Ani', nip: '1234', jabatan: 'Analis' }, ['NIP harus 18 angka.']],
    [{ nama: 'Ani', jabatan: '' }, ['Isi jabatan.']],
    [{ nama: 'Ani', jabatan: 'Analis', pegawaiId: 'bukan-uuid' }, ['Invalid UUID']],
    [{ nama: 'Ani', jabatan: 'Analis pada Kementerian' }, []],
    [{ nama: 'Ani', nip: '199203082019032011', pangkat: 'PPPK', jabatan: 'Analis' }, []],
  ])('%j -> %j', (input, messages) => {
    const r = petugasSchema.safeParse(input);
    expect(r.success ? [] : r.error.issues.map((i) => i.message)).toEqual(messages);
  });

  it('a konsep may be saved with an unfinished row but is not complete', () => {
    const r = prepareKonten('SURAT_TUGAS', { dasar: [], petugas: [{ nama: 'Ani', jabatan: '' }], untuk: ['Tugas'] });
    expect(r).toMatchObject({ ok: true, complete: false });
  });
});

describe('list helpers', () => {
  const list = ['a', 'b', 'c'];
  it.each([
    [0, 1, ['b', 'a', 'c']],
    [2, -1, ['a', 'c', 'b']],
    [0, -1, ['a', 'b', 'c']],
    [2, 1, ['a', 'b', 'c']],
    [5, -1, ['a', 'b', 'c']],
  ] as const)('movePetugas(%i, %i)', (index, delta, expected) => {
    expect(movePetugas(list, index, delta)).toEqual(expected);
    expect(list).toEqual(['a', 'b', 'c']);
  });

  it('indexOfPegawai finds the row naming a pegawai; manual rows never match', () => {
    const rows = [{ nama: 'Manual', jabatan: 'x' }, { pegawaiId: 'p1', nama: 'A', jabatan: 'x' }];
    expect(indexOfPegawai(rows, 'p1')).toBe(1);
    expect(indexOfPegawai(rows, 'p2')).toBe(-1);
  });

  it.each([
    [[{ pegawaiId: 'a' }, { nama: 'x' }, { pegawaiId: 'a' }, { pegawaiId: 'b' }], ['a', 'b']],
    [[{ pegawaiId: 42 }, null, 'text'], [42]],
    ['not a list', []],
    [undefined, []],
  ])('pegawaiIdsOf(%j)', (petugas, ids) => {
    expect(pegawaiIdsOf(petugas)).toEqual(ids);
  });
});

describe('cariPegawaiSchema', () => {
  it.each([
    [' a ', false],
    ['ab', true],
    ['1989', true],
    ['x'.repeat(101), false],
  ])('%j valid=%s', (q, ok) => {
    expect(cariPegawaiSchema.safeParse({ q }).success).toBe(ok);
  });
});
