import { describe, expect, it } from 'vitest';
import { pegawaiFormFields } from '@/components/admin/pegawai-form-fields';
import { petugasSchema } from '@/lib/domain/naskah/konten';
import { checkNip, formatNip, isValidNik, isValidNip, NIP_INPUT_MAX_LENGTH, normalizeNip } from '@/lib/domain/pegawai/nip';
import { nipSchema } from '@/lib/domain/pegawai/pegawai-schema';

describe('checkNip', () => {
  it.each([
    ['199003152015031002', true],
    ['198512012010122001', true],
    ['19900315201503100', false], // 17 digits
    ['1990031520150310021', false], // 19 digits
    ['19900315201503100a', false],
    ['199002302015031002', false], // 30 February
    ['199013012015031002', false], // month 13
    ['199003152015131002', false], // TMT month 13
    ['199003152000031002', false], // TMT before age 17
    ['199003152015033002', false], // gender digit 3
    ['199003152015031000', false], // sequence 000
    ['193001012015031001', false], // born before 1940
  ])('%s -> %s', (nip, ok) => {
    expect(isValidNip(nip)).toBe(ok);
  });

  it('names the part that is wrong', () => {
    const r = checkNip('199002302015031002');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('tanggal lahir');
  });
});

describe('isValidNik', () => {
  it.each([
    ['3273011503900001', true],
    ['0273011503900001', false],
    ['327301150390000', false],
    ['32730115039000011', false],
    ['32730115039000a1', false],
  ])('%s -> %s', (nik, ok) => expect(isValidNik(nik)).toBe(ok));
});

it('formats a NIP the way it is printed under a signature', () => {
  expect(formatNip('199003152015031002')).toBe('19900315 201503 1 002');
});

describe('normalizeNip', () => {
  it.each([
    ['19900315 201503 1 002', '199003152015031002'], // as printed (formatNip), pasted from a letter
    [' 199003152015031002 ', '199003152015031002'],
    ['19900315\u00a0201503\t1 002', '199003152015031002'], // a no-break space from a web page
    ['１９９００３１５２０１５０３１００２', '199003152015031002'], // full-width digits
  ])('%j -> %s', (typed, nip) => expect(normalizeNip(typed)).toBe(nip));

  it('lets a field hold the printed form (a maxLength of 18 cut a pasted NIP to "19900315 201503 1 ")', () => {
    expect(formatNip('199003152015031002')).toHaveLength(NIP_INPUT_MAX_LENGTH);
    expect(pegawaiFormFields().find((f) => f.name === 'nip')?.maxLength).toBe(NIP_INPUT_MAX_LENGTH);
  });

  it('is what the pegawai form, the CSV import and the petugas field store', () => {
    expect(nipSchema.parse('19900315 201503 1 002')).toBe('199003152015031002');
    expect(nipSchema.safeParse('19900315 201503 1 00').error?.issues[0]?.message).toBe('NIP harus terdiri dari 18 angka.');
    expect(petugasSchema.parse({ nama: 'Rina', nip: '19900315 201503 1 002', jabatan: 'Staf' }).nip).toBe('199003152015031002');
  });
});
