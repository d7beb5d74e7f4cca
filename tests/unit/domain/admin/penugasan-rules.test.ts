import { describe, expect, it } from 'vitest';
import { tanggal } from '@/components/admin/labels';
import type { Penugasan } from '@/lib/domain/jabatan/acting';
import { belumDimulai, belumDimulaiSejak, checkPenugasan, rangesOverlap, type PenugasanCandidate } from '@/lib/domain/organisasi/penugasan-rules';

const held: Penugasan = { pegawaiId: 'budi', jabatanId: 'kabid', jenis: 'DEFINITIF', mulai: '2024-01-01', selesai: '2026-06-30' };
const pltKadis: Penugasan = { pegawaiId: 'sari', jabatanId: 'kadis', jenis: 'PLT', mulai: '2026-01-01', selesai: '2026-03-31' };
const existing = [held, pltKadis];

const cand = (c: Partial<PenugasanCandidate>): PenugasanCandidate => ({ pegawaiId: 'andi', jabatanId: 'kabid', jenis: 'DEFINITIF', mulai: '2026-07-01', selesai: null, alasan: null, ...c });

describe('rangesOverlap', () => {
  it.each([
    [['2026-01-01', '2026-01-31'], ['2026-01-31', '2026-02-10'], true], // shared last day
    [['2026-01-01', '2026-01-31'], ['2026-02-01', null], false],
    [['2026-01-01', null], ['2030-01-01', '2030-01-02'], true],
    [['2026-03-01', '2026-03-02'], ['2026-01-01', '2026-02-28'], false],
  ] as const)('%j %j -> %s', (a, b, expected) => {
    expect(rangesOverlap({ mulai: a[0], selesai: a[1] }, { mulai: b[0], selesai: b[1] })).toBe(expected);
  });
});

describe('checkPenugasan', () => {
  it.each([
    ['definitif after the holder leaves', cand({}), true, null],
    ['definitif overlapping the holder', cand({ mulai: '2026-06-30' }), false, 'mulai'],
    ['selesai before mulai', cand({ mulai: '2026-07-02', selesai: '2026-07-01' }), false, 'selesai'],
    ['Plt. without selesai', cand({ jabatanId: 'kadis', jenis: 'PLT', mulai: '2026-04-01', alasan: 'Kosong' }), false, 'selesai'],
    ['Plt. without alasan', cand({ jabatanId: 'kadis', jenis: 'PLT', mulai: '2026-04-01', selesai: '2026-06-30' }), false, 'alasan'],
    ['Plt. of a vacant post after the previous Plt.', cand({ jabatanId: 'kadis', jenis: 'PLT', mulai: '2026-04-01', selesai: '2026-06-30', alasan: 'Pensiun' }), true, null],
    ['Plt. overlapping another Plt.', cand({ jabatanId: 'kadis', jenis: 'PLT', mulai: '2026-03-31', selesai: '2026-06-30', alasan: 'Pensiun' }), false, 'mulai'],
    ['Plt. of a held post', cand({ jenis: 'PLT', mulai: '2026-02-01', selesai: '2026-02-10', alasan: 'x' }), false, 'jabatanId'],
    ['Plh. while the holder is away', cand({ jenis: 'PLH', mulai: '2026-02-01', selesai: '2026-02-10', alasan: 'Cuti' }), true, null],
    ['Plh. running past the holder', cand({ jenis: 'PLH', mulai: '2026-06-20', selesai: '2026-07-10', alasan: 'Cuti' }), false, 'jabatanId'],
    ['Plh. of a vacant post', cand({ jabatanId: 'kadis', jenis: 'PLH', mulai: '2026-05-01', selesai: '2026-05-02', alasan: 'x' }), false, 'jabatanId'],
    ['definitif while a Plt. acts', cand({ jabatanId: 'kadis', mulai: '2026-03-01' }), false, 'mulai'],
    ['second definitif post for one person', cand({ pegawaiId: 'budi', jabatanId: 'kasi', mulai: '2026-01-01' }), false, 'pegawaiId'],
    ['Plt. by a person who holds another post', cand({ pegawaiId: 'budi', jabatanId: 'kadis', jenis: 'PLT', mulai: '2026-04-01', selesai: '2026-04-30', alasan: 'Kosong' }), true, null],
  ] as const)('%s', (_, c, ok, field) => {
    const r = checkPenugasan(existing, c);
    expect(r.ok).toBe(ok);
    if (!r.ok) expect(r.field).toBe(field);
  });

  it('accepts a Plh. covered by two consecutive definitif holders', () => {
    const chain: Penugasan[] = [held, { pegawaiId: 'andi', jabatanId: 'kabid', jenis: 'DEFINITIF', mulai: '2026-07-01', selesai: null }];
    expect(checkPenugasan(chain, cand({ pegawaiId: 'rina', jenis: 'PLH', mulai: '2026-06-25', selesai: '2026-07-05', alasan: 'Dinas luar' })).ok).toBe(true);
  });

  it('names the clashing range\'s days as the list writes them (14 Oktober 2025), not 2025-10-14', () => {
    const r = checkPenugasan(existing, cand({ jabatanId: 'kadis', jenis: 'PLT', mulai: '2026-03-31', selesai: '2026-06-30', alasan: 'Pensiun' }));
    expect(r).toMatchObject({ ok: false, message: 'Jabatan ini sudah mempunyai Plt. pada 1 Januari 2026 s.d. 31 Maret 2026; rentang tanggal tidak boleh bertumpuk.' });
    const open = checkPenugasan(existing, cand({ mulai: '2026-06-30' }));
    expect(open).toMatchObject({ ok: false, message: expect.stringContaining('pada 1 Januari 2024 s.d. 30 Juni 2026;') });
    expect(tanggal('2025-10-14')).toBe('14 Oktober 2025');
    expect(tanggal(null)).toBe('seterusnya');
  });
});

describe('an assignment that has not started', () => {
  it('is one whose first day is after today, by calendar day, and the stored-date condition says the same', () => {
    expect(belumDimulai({ mulai: '2026-12-07' }, '2026-12-06')).toBe(true);
    expect(belumDimulai({ mulai: '2026-12-06' }, '2026-12-06')).toBe(false);
    expect(belumDimulai({ mulai: '2026-01-01' }, '2026-12-06')).toBe(false);
    const sejak = belumDimulaiSejak('2026-12-06').mulai.gt;
    for (const mulai of ['2026-12-05', '2026-12-06', '2026-12-07']) {
      expect(new Date(`${mulai}T00:00:00Z`) > sejak).toBe(belumDimulai({ mulai }, '2026-12-06'));
    }
  });
});
