import { describe, expect, it } from 'vitest';
import { keluarTerlambat, labelPenerimaKeluar, ringkasanKeluar, type PenerimaKeluar } from '@/lib/domain/disposisi/keluar';

const now = new Date('2026-12-06T10:00:00+07:00');
const p = (status: PenerimaKeluar['status'], batasWaktu: string | null = null): PenerimaKeluar => ({ status, batasWaktu });
const lewat = '2026-12-01T00:00:00.000Z';

describe('the giver list badge (ringkasanKeluar)', () => {
  it.each([
    ['one recipient who read it', [p('DIBACA')], 'Dibaca'],
    ['one recipient who has not', [p('BELUM_DIBACA')], 'Belum dibaca'],
    ['some not yet opened', [p('DIBACA'), p('BELUM_DIBACA'), p('BELUM_DIBACA')], '2 dari 3 belum dibaca'],
    ['all read, one acted', [p('DIBACA'), p('DITINDAKLANJUTI')], 'Semua sudah membaca'],
    ['all acted', [p('SELESAI'), p('DITINDAKLANJUTI')], 'Semua menindaklanjuti'],
    ['one past its deadline', [p('DIBACA'), p('DIBACA', lewat)], 'Terlambat'],
    ['past deadline but done', [p('SELESAI', lewat), p('SELESAI')], 'Semua menindaklanjuti'],
  ] as const)('%s', (_name, penerima, badge) => {
    expect(ringkasanKeluar({ ditarikAt: null, penerima }, now)).toBe(badge);
  });

  it('says Ditarik for a withdrawn one, overdue or not, and names each recipient so', () => {
    const d = { ditarikAt: new Date('2026-11-30T00:00:00Z'), penerima: [p('DITARIK', lewat)] };
    expect(ringkasanKeluar(d, now)).toBe('Ditarik');
    expect(keluarTerlambat(d, now)).toBe(false);
    expect(labelPenerimaKeluar(d, d.penerima[0]!, now)).toBe('ditarik');
  });

  it('names an overdue recipient as the timeline does', () => {
    const d = { ditarikAt: null, penerima: [p('BELUM_DIBACA', lewat)] };
    expect(labelPenerimaKeluar(d, d.penerima[0]!, now)).toBe('terlambat (belum dibaca)');
    expect(keluarTerlambat(d, now)).toBe(true);
  });

  it('does not call a disposisi without recipients done', () => {
    expect(ringkasanKeluar({ ditarikAt: null, penerima: [] }, now)).toBe('0 dari 0 belum dibaca');
  });
});
