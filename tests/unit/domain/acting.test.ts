import { describe, expect, it } from 'vitest';
import { actingPrefix, berlakuPadaFilter, calendarDay, effectiveHoldersOf, effectivePostsOf, sebutanPemegang, type Penugasan } from '@/lib/domain/jabatan/acting';

const budiDefinitif: Penugasan = { pegawaiId: 'budi', jabatanId: 'sekretaris', jenis: 'DEFINITIF', mulai: '2020-01-01', selesai: null };
const budiPlt: Penugasan = { pegawaiId: 'budi', jabatanId: 'kabid', jenis: 'PLT', mulai: '2026-11-01', selesai: '2027-01-31' };
const sitiPlh: Penugasan = { pegawaiId: 'siti', jabatanId: 'kadis', jenis: 'PLH', mulai: '2026-11-20', selesai: '2026-11-22' };
const andiDefinitifOld: Penugasan = { pegawaiId: 'andi', jabatanId: 'kabid', jenis: 'DEFINITIF', mulai: '2015-01-01', selesai: '2026-10-31' };
const all = [budiDefinitif, budiPlt, sitiPlh, andiDefinitifOld];

describe('effectivePostsOf', () => {
  it.each([
    ['2026-10-31', 'budi', ['sekretaris']],
    ['2026-11-01', 'budi', ['sekretaris', 'kabid']], // Plt. starts: both posts, definitif first
    ['2027-01-31', 'budi', ['sekretaris', 'kabid']], // last day inclusive
    ['2027-02-01', 'budi', ['sekretaris']],
    ['2026-11-19', 'siti', []],
    ['2026-11-21', 'siti', ['kadis']],
    ['2026-11-23', 'siti', []],
    ['2026-10-31', 'andi', ['kabid']],
    ['2026-11-01', 'andi', []],
  ])('on %s %s acts as %j', (day, who, posts) => {
    expect(effectivePostsOf(all, who, day).map((p) => p.jabatanId)).toEqual(posts);
  });
});

describe('effectiveHoldersOf', () => {
  it('hands the inbox of a vacant post to its Plt.', () => {
    expect(effectiveHoldersOf(all, 'kabid', '2026-10-15').map((p) => p.pegawaiId)).toEqual(['andi']);
    expect(effectiveHoldersOf(all, 'kabid', '2026-11-15').map((p) => p.pegawaiId)).toEqual(['budi']);
  });
});

it('prefixes acting posts as they are written in signature blocks', () => {
  expect(actingPrefix('PLT')).toBe('Plt. ');
  expect(actingPrefix('PLH')).toBe('Plh. ');
  expect(actingPrefix('DEFINITIF')).toBe('');
});

it('names a holder deactivated since as still holding the post, and why it is not free', () => {
  expect(sebutanPemegang('PLT', 'Ir. Wayan', true)).toBe('Plt. Ir. Wayan');
  expect(sebutanPemegang('DEFINITIF', 'Sari', false)).toBe('Sari (nonaktif, penugasannya belum diakhiri)');
});

it('takes the calendar day in WIB, not UTC', () => {
  // 23:30 UTC on the 22nd is already the 23rd in Jakarta (UTC+7).
  expect(calendarDay(new Date('2026-11-22T23:30:00Z'))).toBe('2026-11-23');
  expect(calendarDay(new Date('2026-11-22T16:59:00Z'))).toBe('2026-11-22');
});

describe('berlakuPadaFilter', () => {
  it('asks for what isEffectiveOn says, on the day stored as its UTC midnight', () => {
    const hari = new Date('2026-03-01T00:00:00Z');
    expect(berlakuPadaFilter('2026-03-01')).toEqual({ mulai: { lte: hari }, OR: [{ selesai: null }, { selesai: { gte: hari } }] });
  });
});
