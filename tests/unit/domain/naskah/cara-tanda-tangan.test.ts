import { describe, expect, it } from 'vitest';
import { deriveCaraTandaTangan } from '@/lib/domain/naskah/cara-tanda-tangan';
import type { Penugasan } from '@/lib/domain/jabatan/acting';
import type { PostNode } from '@/lib/domain/naskah/review-chain';

const node = (id: string, parentId: string | null, level: number): PostNode => ({ id, parentId, level, opdId: 'opd', aktif: true, struktural: true });
const index = new Map([node('kadis', null, 1), node('sekdis', 'kadis', 2), node('kabag', 'sekdis', 3)].map((n) => [n.id, n]));
const p = (jabatanId: string, jenis: Penugasan['jenis'], mulai = '2026-01-01', selesai: string | null = null): Penugasan => ({ pegawaiId: `${jabatanId}-${jenis}`, jabatanId, jenis, mulai, selesai });
const day = '2026-06-15';

describe('deriveCaraTandaTangan', () => {
  it.each([
    ['kadis', false, [p('kadis', 'DEFINITIF')], 'LANGSUNG', null],
    ['kadis', true, [p('kadis', 'DEFINITIF')], 'LANGSUNG', null], // the pimpinan signs for no one
    ['sekdis', true, [p('sekdis', 'DEFINITIF')], 'AN', 'kadis'],
    ['kabag', true, [p('kabag', 'DEFINITIF')], 'UB', 'kadis'],
    ['sekdis', false, [p('sekdis', 'DEFINITIF')], 'LANGSUNG', null],
    ['kadis', false, [p('kadis', 'PLT')], 'PLT', null],
    ['kadis', false, [p('kadis', 'DEFINITIF'), p('kadis', 'PLH', '2026-06-10', '2026-06-20')], 'PLH', null],
    ['kadis', false, [p('kadis', 'DEFINITIF'), p('kadis', 'PLH', '2026-05-01', '2026-05-05')], 'LANGSUNG', null], // Plh. over
    ['sekdis', true, [p('sekdis', 'PLT')], 'AN', 'kadis'],
  ] as const)('%s atas nama=%s -> %s', (signerId, atasNamaPimpinan, penugasan, cara, atasNama) => {
    expect(deriveCaraTandaTangan({ index, signerId, atasNamaPimpinan, penugasan, day })).toEqual({ ok: true, cara, atasNamaJabatanId: atasNama });
  });

  it('refuses a vacant post', () => {
    const r = deriveCaraTandaTangan({ index, signerId: 'kadis', atasNamaPimpinan: false, penugasan: [p('kadis', 'PLT', '2025-01-01', '2025-12-31')], day });
    expect(r).toMatchObject({ ok: false });
  });
});
