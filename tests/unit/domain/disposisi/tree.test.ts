import { describe, expect, it } from 'vitest';
import { checkRecipient, eligibleRecipients, type JabatanNode } from '@/lib/domain/disposisi/tree';

// Kadis
// ├── Sekretaris (may route for Kadis)
// │   └── Kasubbag Umum ── Staf Umum
// ├── Kabid A ── Kasi A1 ── Staf A1
// └── Kabid B (inactive child: Kasi B1)
// Another OPD: Kadis X ── Kabid X
const node = (id: string, parentId: string | null, over: Partial<JabatanNode> = {}): [string, JabatanNode] => [
  id,
  { id, parentId, opdId: 'opd', aktif: true, dapatMewakiliAtasan: false, ...over },
];
const index = new Map<string, JabatanNode>([
  node('kadis', null),
  node('sekretaris', 'kadis', { dapatMewakiliAtasan: true }),
  node('kasubbag', 'sekretaris'),
  node('stafUmum', 'kasubbag'),
  node('kabidA', 'kadis'),
  node('kasiA1', 'kabidA'),
  node('stafA1', 'kasiA1'),
  node('kabidB', 'kadis'),
  node('kasiB1', 'kabidB', { aktif: false }),
  node('kadisX', null, { opdId: 'x' }),
  node('kabidX', 'kadisX', { opdId: 'x' }),
]);

describe('checkRecipient', () => {
  it.each([
    ['kadis', 'kabidA', true, ''],
    ['kadis', 'stafA1', true, ''], // any depth below
    ['kabidA', 'kasiA1', true, ''],
    ['kabidA', 'kabidB', false, 'tidak ke samping atau ke atas'], // sideways
    ['kasiA1', 'kabidA', false, 'tidak ke samping atau ke atas'], // upward
    ['kabidA', 'kadis', false, 'tidak ke samping atau ke atas'],
    ['kabidA', 'kabidA', false, 'jabatan sendiri'],
    ['kadis', 'kabidX', false, 'OPD yang sama'], // another OPD
    ['kadis', 'kasiB1', false, 'tidak aktif'],
    ['kadis', 'unknown', false, 'tidak ditemukan'],
    ['sekretaris', 'kabidA', true, ''], // routes on the pimpinan's behalf
    ['sekretaris', 'kadis', false, 'tidak ke samping atau ke atas'],
    ['kasubbag', 'kabidA', false, 'tidak ke samping atau ke atas'], // only the marked post routes for its superior
  ])('%s -> %s: %s', (giver, recipient, ok, message) => {
    const result = checkRecipient(index, giver, recipient);
    expect(result.ok).toBe(ok);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

it('lists the posts a giver may choose', () => {
  expect(eligibleRecipients(index, 'kabidA')).toEqual(['kasiA1', 'stafA1']);
  expect(eligibleRecipients(index, 'sekretaris')).toEqual(['kasubbag', 'stafUmum', 'kabidA', 'kasiA1', 'stafA1', 'kabidB']);
  expect(eligibleRecipients(index, 'stafA1')).toEqual([]);
});
