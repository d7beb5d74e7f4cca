import { describe, expect, it } from 'vitest';
import { checkMove, descendantIds, nestTree } from '@/lib/domain/organisasi/tree';

// kadis -> (sekdis -> kasubbag, kabid -> kasi -> staf)
const nodes = [
  { id: 'kadis', parentId: null },
  { id: 'sekdis', parentId: 'kadis' },
  { id: 'kasubbag', parentId: 'sekdis' },
  { id: 'kabid', parentId: 'kadis' },
  { id: 'kasi', parentId: 'kabid' },
  { id: 'staf', parentId: 'kasi' },
];

describe('checkMove', () => {
  it.each([
    ['kasi', 'sekdis', true],
    ['kasi', null, true],
    ['kabid', 'sekdis', true],
    ['kabid', 'kabid', false], // itself
    ['kabid', 'kasi', false], // its child
    ['kabid', 'staf', false], // its grandchild
    ['kadis', 'staf', false],
    ['kasi', 'nowhere', false], // unknown parent
  ] as const)('%s under %s -> %s', (node, parent, ok) => {
    expect(checkMove(nodes, node, parent).ok).toBe(ok);
  });

  it('says why a cycle is refused', () => {
    const r = checkMove(nodes, 'kabid', 'staf');
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain('siklus');
  });

  it('terminates on bad data that already has a cycle', () => {
    const looped = [{ id: 'a', parentId: 'b' }, { id: 'b', parentId: 'a' }, { id: 'c', parentId: null }];
    expect(checkMove(looped, 'c', 'a').ok).toBe(true);
  });

  it('finds a cycle 500 levels deep', () => {
    const deep = Array.from({ length: 500 }, (_, i) => ({ id: `j${i}`, parentId: i === 0 ? null : `j${i - 1}` }));
    expect(checkMove(deep, 'j0', 'j499').ok).toBe(false);
    expect(checkMove(deep, 'j499', 'j0').ok).toBe(true);
  });
});

describe('nestTree / descendantIds', () => {
  it('nests children under parents in input order and keeps orphans as roots', () => {
    const roots = nestTree([...nodes, { id: 'orphan', parentId: 'gone' }]);
    expect(roots.map((r) => r.id)).toEqual(['kadis', 'orphan']);
    expect(roots[0]!.children.map((c) => c.id)).toEqual(['sekdis', 'kabid']);
    expect(roots[0]!.children[1]!.children[0]!.children[0]!.id).toBe('staf');
  });

  it('collects a subtree', () => {
    expect([...descendantIds(nodes, 'kabid')].sort()).toEqual(['kabid', 'kasi', 'staf']);
  });
});
