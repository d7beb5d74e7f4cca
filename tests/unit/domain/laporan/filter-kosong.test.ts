import { describe, expect, it } from 'vitest';
import { auditFilterSchema } from '@/lib/domain/admin/schemas';
import { parseQuery } from '@/lib/domain/input/query';
import { kinerjaFilterSchema, laporanFilterSchema } from '@/lib/domain/laporan/periode';

// A GET form sends "Seluruh OPD", "Semua unit" and an emptied date as empty values.
describe('report filters sent empty by their forms', () => {
  it('Laporan: Seluruh OPD, Semua unit and emptied dates filter nothing and name nothing as ignored', () => {
    expect(parseQuery(laporanFilterSchema, { dari: '', sampai: '', opd: '', unit: '' })).toEqual({ data: { dari: undefined, sampai: undefined, opd: undefined, unit: undefined }, notice: null });
  });

  it('Kinerja: Seluruh OPD, an emptied month and an empty name filter nothing', () => {
    const { data, notice } = parseQuery(kinerjaFilterSchema, { bulan: '', opd: '', q: '', halaman: '2' });
    expect(notice).toBeNull();
    expect(data).toEqual({ bulan: undefined, opd: undefined, q: '', halaman: 2 });
  });

  it('still refuses a value that is there and wrong, with its own message', () => {
    expect(parseQuery(kinerjaFilterSchema, { opd: 'bukan-uuid', bulan: '2026-13', halaman: '0' }).notice).toBe('Saringan diabaikan: Bulan harus berupa tttt-bb. OPD tidak dikenali. Halaman tidak dikenali.');
    expect(parseQuery(laporanFilterSchema, { unit: "1' OR '1'='1", sampai: '2026-02-30' }).notice).toBe('Saringan diabaikan: Tanggal akhir bukan tanggal yang ada. Unit kerja tidak dikenali.');
    expect(parseQuery(kinerjaFilterSchema, { q: 'x'.repeat(101) }).notice).toBe('Saringan diabaikan: Nama atau NIP paling panjang 100 karakter.');
    // A NUL byte would reach PostgreSQL's text comparison (a 500), a control character the page.
    for (const q of ['a\u0000b', '\u0001\u001b[31m']) expect(parseQuery(kinerjaFilterSchema, { q })).toEqual({ data: {}, notice: 'Saringan diabaikan: Teks memuat karakter yang tidak diizinkan.' });
  });

  it('Audit: an empty tindakan and emptied dates are no filter', () => {
    expect(parseQuery(auditFilterSchema, { aksi: '', dari: '', sampai: '' }).notice).toBeNull();
  });
});
