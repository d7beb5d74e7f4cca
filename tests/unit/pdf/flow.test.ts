import { describe, expect, it } from 'vitest';
import { keepTogether, paginate, spacer, type Slice } from '@/lib/pdf/layout/flow';

const s = (height: number, name: string, extra: Partial<Slice> = {}): Slice & { name: string } => ({ height, name, draw: () => {}, ...extra });
const names = (pages: Slice[][]) => pages.map((p) => p.map((x) => (x as Slice & { name?: string }).name ?? 'space'));

describe('paginate', () => {
  it('fills pages in order', () => {
    expect(names(paginate([s(40, 'a'), s(40, 'b'), s(40, 'c')], 100))).toEqual([['a', 'b'], ['c']]);
  });

  it('moves a keepWithNext chain with the slice that did not fit', () => {
    const pages = paginate([s(30, 'a'), s(30, 'heading', { keepWithNext: true }), s(50, 'body')], 100);
    expect(names(pages)).toEqual([['a'], ['heading', 'body']]);
  });

  it('keeps a signature block with the last body lines (no orphaned signature)', () => {
    const body = [s(20, 'l1'), s(20, 'l2'), s(20, 'l3', { keepWithNext: true })];
    const pages = paginate([...body, spacer(10, true), s(60, 'ttd')], 100);
    expect(names(pages)).toEqual([['l1', 'l2'], ['l3', 'space', 'ttd']]);
  });

  it('drops space at the top of a page', () => {
    expect(names(paginate([s(90, 'a'), spacer(20), s(20, 'b')], 100))).toEqual([['a'], ['b']]);
  });

  it('never loops on a chain longer than a page', () => {
    const chain = keepTogether([s(60, 'a'), s(60, 'b'), s(60, 'c')]);
    expect(names(paginate(chain, 100))).toEqual([['a'], ['b'], ['c']]);
    expect(names(paginate([s(250, 'huge')], 100))).toEqual([['huge']]);
  });

  it('splits a tall splittable slice (a table row) and carries the rest over', () => {
    const row = (h: number, name: string): Slice => ({
      ...s(h, name),
      split: (avail) => (avail >= 10 ? [s(avail, `${name}-head`), row(h - avail, `${name}-tail`)] : null),
    });
    const pages = paginate([s(50, 'a'), row(120, 'row')], 100);
    expect(names(pages)).toEqual([['a', 'row-head'], ['row-tail']]);
  });

  it('moves a short row instead of splitting it', () => {
    const row: Slice = { ...s(30, 'row'), split: () => [s(10, 'head'), s(20, 'tail')] };
    expect(names(paginate([s(80, 'a'), row], 100))).toEqual([['a'], ['row']]);
  });
});
