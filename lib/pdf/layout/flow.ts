// Vertical flow: a document is a list of slices (a text line, a table row, a signature block...)
// placed top to bottom and broken into pages. Keep rules: a slice marked keepWithNext never ends a
// page (headings, a paragraph's first line, the body's last lines before the signature), so
// the chain moves to the next page together; a slice taller than the space left may split itself
// (table rows); vertical space at the top of a page disappears.
import type { PDFPage } from 'pdf-lib';

export interface DrawContext {
  page: PDFPage;
  /** 0-based. */
  pageIndex: number;
}

export interface Slice {
  height: number;
  /** Draws with its top edge at `top` (PDF y, from the page bottom). */
  draw(ctx: DrawContext, top: number): void;
  keepWithNext?: boolean;
  /** Pure vertical space: dropped at the top of a page. */
  space?: boolean;
  /** A head of at most `avail` points and the rest, or null when no sensible split exists. */
  split?(avail: number): [Slice, Slice] | null;
}

export const spacer = (height: number, keepWithNext = false): Slice => ({
  height,
  space: true,
  keepWithNext,
  draw: () => {},
});

/** Marks every slice but the last keepWithNext: the group is never broken across pages. */
export function keepTogether(slices: Slice[]): Slice[] {
  return slices.map((s, i) => (i < slices.length - 1 ? { ...s, keepWithNext: true } : s));
}

/** Breaks slices into pages of bodyHeight points. Never loops: an oversized slice gets a page of its own. */
export function paginate(input: Slice[], bodyHeight: number): Slice[][] {
  const pages: Slice[][] = [[]];
  let used = 0;
  const queue = [...input];
  const eps = 0.01;
  while (queue.length) {
    const s = queue.shift()!;
    const page = pages[pages.length - 1];
    if (s.space && page.length === 0) continue;
    if (used + s.height <= bodyHeight + eps) {
      page.push(s);
      used += s.height;
      continue;
    }
    const avail = bodyHeight - used;
    // Split what would not fit even on a fresh page, or a tall slice when much space is left.
    if (s.split && (s.height > bodyHeight || avail > bodyHeight / 3)) {
      const parts = s.split(avail);
      if (parts) {
        page.push(parts[0]);
        pages.push([]);
        used = 0;
        queue.unshift(parts[1]);
        continue;
      }
    }
    if (page.length === 0) {
      page.push(s);
      used += s.height;
      continue;
    }
    let k = page.length;
    while (k > 0 && page[k - 1].keepWithNext) k--;
    const moved = k > 0 ? page.splice(k) : [];
    while (page.length && page[page.length - 1].space) page.pop();
    pages.push([]);
    used = 0;
    queue.unshift(...moved, s);
  }
  if (pages.length > 1 && pages[pages.length - 1].length === 0) pages.pop();
  return pages;
}

/** Draws paginated slices from `top` downwards on each page. */
export function drawPages(pages: Slice[][], pdfPages: PDFPage[], tops: number[]): void {
  pages.forEach((slices, i) => {
    let y = tops[i];
    for (const s of slices) {
      s.draw({ page: pdfPages[i], pageIndex: i }, y);
      y -= s.height;
    }
  });
}
