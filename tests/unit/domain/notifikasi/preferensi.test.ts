import { describe, expect, it } from 'vitest';
import { DAFTAR_JENIS } from '@/lib/domain/notifikasi/jenis';
import { bacaPreferensi, bolehKirimSetelah, jamRingkasan, preferensiBawaan, rencanakanPengiriman } from '@/lib/domain/notifikasi/preferensi';

describe('preferensiBawaan', () => {
  it('pejabat get WhatsApp and push for urgent work, staff WhatsApp only for their disposisi; e-mail for all', () => {
    const pejabat = preferensiBawaan(true);
    const staf = preferensiBawaan(false);
    for (const jenis of DAFTAR_JENIS) {
      expect(pejabat.kanal[jenis]).toContain('EMAIL');
      expect(staf.kanal[jenis]).toContain('EMAIL');
    }
    expect(pejabat.kanal.DISPOSISI_DITERIMA).toEqual(['EMAIL', 'WHATSAPP', 'PUSH']);
    expect(pejabat.kanal.TANDA_TANGAN_DITUNGGU).toEqual(['EMAIL', 'WHATSAPP', 'PUSH']);
    expect(pejabat.kanal.NASKAH_DITANDATANGANI).toEqual(['EMAIL']);
    expect(staf.kanal.DISPOSISI_DITERIMA).toEqual(['EMAIL', 'WHATSAPP', 'PUSH']);
    expect(staf.kanal.KONSEP_DIKEMBALIKAN).toEqual(['EMAIL']);
    expect(pejabat).toMatchObject({ jamTenangMulai: null, jamTenangSelesai: null, ringkasanHarian: false });
  });
});

describe('bacaPreferensi', () => {
  it('stored choices win, unknown channels and kinds are dropped, missing kinds keep their default', () => {
    const p = bacaPreferensi({ kanal: { DISPOSISI_DITERIMA: ['EMAIL', 'SMS'], BUKAN_JENIS: ['EMAIL'] }, jamTenangMulai: 22, jamTenangSelesai: 6, ringkasanHarian: true }, true);
    expect(p.kanal.DISPOSISI_DITERIMA).toEqual(['EMAIL']);
    expect(p.kanal.TANDA_TANGAN_DITUNGGU).toEqual(['EMAIL', 'WHATSAPP', 'PUSH']);
    expect(p).not.toHaveProperty('kanal.BUKAN_JENIS');
    expect(p.ringkasanHarian).toBe(true);
  });
  it('a corrupt kanal value falls back to the defaults', () => {
    expect(bacaPreferensi({ kanal: 'rusak', jamTenangMulai: null, jamTenangSelesai: null, ringkasanHarian: false }, false).kanal).toEqual(preferensiBawaan(false).kanal);
  });
});

describe('bolehKirimSetelah (WIB = UTC+7)', () => {
  const at = (iso: string) => new Date(iso);
  it.each([
    // [quiet from, to, now (UTC), expected send time (UTC)]
    [22, 6, '2026-11-30T16:00:00Z', '2026-11-30T23:00:00.000Z'], // 23.00 WIB -> 06.00 WIB
    [22, 6, '2026-11-30T20:30:00Z', '2026-11-30T23:00:00.000Z'], // 03.30 WIB -> 06.00 WIB
    [22, 6, '2026-11-30T05:00:00Z', '2026-11-30T05:00:00.000Z'], // 12.00 WIB: not quiet
    [22, 6, '2026-11-30T23:00:00Z', '2026-11-30T23:00:00.000Z'], // 06.00 WIB: the end is not quiet
    [12, 14, '2026-11-30T05:15:00Z', '2026-11-30T07:00:00.000Z'], // 12.15 WIB -> 14.00 WIB
    [12, 14, '2026-11-30T04:59:00Z', '2026-11-30T04:59:00.000Z'], // 11.59 WIB
  ])('quiet %i-%i at %s sends at %s', (mulai, selesai, now, expected) => {
    expect(bolehKirimSetelah({ jamTenangMulai: mulai, jamTenangSelesai: selesai }, at(now)).toISOString()).toBe(expected);
  });
  it('no quiet hours, or an empty window, sends now', () => {
    const now = at('2026-11-30T16:00:00Z');
    expect(bolehKirimSetelah({ jamTenangMulai: null, jamTenangSelesai: null }, now)).toBe(now);
    expect(bolehKirimSetelah({ jamTenangMulai: 5, jamTenangSelesai: 5 }, now)).toBe(now);
  });
});

describe('rencanakanPengiriman', () => {
  const now = new Date('2026-11-30T03:00:00Z');
  it('only channels chosen, configured and with an address; the digest holds e-mail and WhatsApp, not push', () => {
    const preferensi = { ...preferensiBawaan(true), ringkasanHarian: true };
    const plan = rencanakanPengiriman({ jenis: 'DISPOSISI_DITERIMA', preferensi, alamat: { EMAIL: 'a@b.go.id', WHATSAPP: null, PUSH: 'endpoint-1' }, kanalAktif: ['EMAIL', 'WHATSAPP', 'PUSH'], now });
    expect(plan).toEqual([
      { kanal: 'EMAIL', tujuan: 'a@b.go.id', ringkasan: true, runAt: now },
      { kanal: 'PUSH', tujuan: 'endpoint-1', ringkasan: false, runAt: now },
    ]);
    expect(rencanakanPengiriman({ jenis: 'DISPOSISI_DITERIMA', preferensi, alamat: { EMAIL: 'a@b.go.id' }, kanalAktif: [], now })).toEqual([]);
  });
});

describe('jamRingkasan: the hour (WIB) the digest leaves', () => {
  it.each([
    [null, null, 7],
    [22, 6, 7], // quiet hours end before 07.00
    [5, 9, 9], // they cover 07.00: the digest waits for 09.00
    [7, 8, 8], // they start at 07.00
    [21, 7, 7], // they end at 07.00
    [8, 17, 7], // they start after it
    [23, 10, 10], // wrapping past midnight, covering 07.00
    [5, 5, 7], // an empty window is no quiet hours
  ])('quiet %s-%s -> %s', (mulai, selesai, expected) => expect(jamRingkasan({ jamTenangMulai: mulai, jamTenangSelesai: selesai })).toBe(expected));
});
