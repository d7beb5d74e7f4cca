// Turns rich blocks into slices at a given x and width with the embedded fonts: paragraphs (one
// slice per line, orphan/widow control), lists with hanging indent, bordered tables with wrapping
// cells, and label-colon-value rows (Nomor : ..., Menimbang : a. ...).
import { rgb, type PDFPage } from 'pdf-lib';
import type { FontSet, FontStyle } from '../fonts';
import { putText } from './canvas';
import { keepTogether, spacer, type DrawContext, type Slice } from './flow';
import { defaultListStyle, listMarker } from './list-marker';
import type { RichBlock, Run } from './rich-text';
import { wrapRuns, type Align, type TextLine } from './wrap';

export const BLACK = rgb(0, 0, 0);

export interface TextOptions {
  size?: number;
  align?: Align;
  /** Extra space below the paragraph. */
  spaceAfter?: number;
  keepWithNext?: boolean;
}

export interface BlockOptions {
  align?: Align;
  /** List nesting depth of the surrounding list (0 outside lists). */
  depth?: number;
  /** Space between paragraphs. */
  gap?: number;
}

export class Typesetter {
  /** Line height as a multiple of the font size (Word's "single" for Arial). */
  static readonly LEADING = 1.15;
  private readonly widths = new Map<string, number>();

  constructor(
    readonly fonts: FontSet,
    readonly size = 12,
  ) {}

  lineHeight(size = this.size): number {
    return size * Typesetter.LEADING;
  }

  width(text: string, style: FontStyle = 'regular', size = this.size): number {
    const key = `${style}\u0000${size}\u0000${text}`;
    let w = this.widths.get(key);
    if (w === undefined) {
      w = this.fonts[style].widthOfTextAtSize(text, size);
      this.widths.set(key, w);
    }
    return w;
  }

  wrap(runs: Run[], width: number, align: Align = 'left', size = this.size): TextLine[] {
    return wrapRuns(runs, width, (t, s) => this.width(t, s, size), align);
  }

  /** Baseline of a text line whose box starts at `top`. */
  baseline(top: number, size = this.size): number {
    return top - (this.lineHeight(size) - size) / 2 - size * 0.82;
  }

  drawLine(page: PDFPage, line: TextLine, x: number, top: number, size = this.size): void {
    const y = this.baseline(top, size);
    for (const p of line.pieces) {
      if (!p.space) putText(page, p.text, { x: x + p.x, y, size, font: this.fonts[p.style], color: BLACK });
      if (p.underline) {
        const uy = y - size * 0.12;
        page.drawLine({ start: { x: x + p.x, y: uy }, end: { x: x + p.x + p.width, y: uy }, thickness: size * 0.06, color: BLACK });
      }
    }
  }

  /** One slice per line; a paragraph's first and second-last lines keep with the next (no orphans/widows). */
  paragraph(runs: Run[], x: number, width: number, opts: TextOptions = {}): Slice[] {
    const size = opts.size ?? this.size;
    const lines = this.wrap(runs, width, opts.align ?? 'left', size);
    const h = this.lineHeight(size);
    const slices: Slice[] = lines.map((line, i) => ({
      height: h,
      keepWithNext: (i === 0 && lines.length > 1) || (i === lines.length - 2) || (i === lines.length - 1 && !!opts.keepWithNext),
      draw: ({ page }: DrawContext, top: number) => this.drawLine(page, line, x, top, size),
    }));
    if (opts.spaceAfter) slices.push(spacer(opts.spaceAfter, !!opts.keepWithNext));
    return slices;
  }

  /** Plain text shorthand; "\n" breaks lines. */
  text(text: string, x: number, width: number, opts: TextOptions & { bold?: boolean; italic?: boolean; underline?: boolean } = {}): Slice[] {
    return this.paragraph([{ text, bold: opts.bold, italic: opts.italic, underline: opts.underline }], x, width, opts);
  }

  blocks(blocks: RichBlock[], x: number, width: number, opts: BlockOptions = {}): Slice[] {
    const gap = opts.gap ?? this.size * 0.5;
    const out: Slice[] = [];
    blocks.forEach((b, i) => {
      const last = i === blocks.length - 1;
      if (b.type === 'paragraph') out.push(...this.paragraph(b.runs, x, width, { align: opts.align ?? 'justify' }));
      else if (b.type === 'list') out.push(...this.list(b, x, width, opts));
      else out.push(...this.table(b.rows, x, width));
      if (!last) out.push(spacer(gap));
    });
    return out;
  }

  list(list: Extract<RichBlock, { type: 'list' }>, x: number, width: number, opts: BlockOptions = {}): Slice[] {
    const depth = opts.depth ?? 0;
    const style = list.style ?? defaultListStyle(depth);
    const markers = list.items.map((_, i) => listMarker(style, i + 1, depth));
    return this.markedItems(
      markers,
      list.items.map((item) => (ix: number, w: number) => this.blocks(item, ix, w, { ...opts, depth: depth + 1, gap: this.size * 0.25 })),
      x,
      width,
    );
  }

  /** Items with a marker in a hanging-indent column: "1. text", "a. text", with wrapped lines aligned. */
  markedItems(markers: string[], items: ((x: number, width: number) => Slice[])[], x: number, width: number, gap = this.size * 0.25): Slice[] {
    const indent = Math.max(this.size * 1.5, ...markers.map((m) => this.width(m) + this.size * 0.5));
    const out: Slice[] = [];
    items.forEach((build, i) => {
      const content = build(x + indent, width - indent);
      if (!content.length) return;
      const first = content[0];
      const marker = markers[i];
      content[0] = {
        ...first,
        draw: (ctx, top) => {
          first.draw(ctx, top);
          putText(ctx.page, marker, { x, y: this.baseline(top), size: this.size, font: this.fonts.regular, color: BLACK });
        },
      };
      out.push(...content);
      if (i < items.length - 1) out.push(spacer(gap));
    });
    return out;
  }

  /**
   * "Label : content" rows with the colons aligned: the label wraps in its own column, the
   * content (any slices) in the rest. Label and content lines are paired so both flow together.
   */
  labeled(label: string | Run[], labelWidth: number, content: (x: number, width: number) => Slice[], x: number, width: number, opts: { colon?: boolean; keep?: boolean } = {}): Slice[] {
    const colonGap = this.width(' : ');
    const runs = typeof label === 'string' ? [{ text: label }] : label;
    const labelSlices = this.paragraph(runs, x, labelWidth);
    const contentX = x + labelWidth + colonGap;
    const contentSlices = content(contentX, width - labelWidth - colonGap);
    const n = Math.max(labelSlices.length, contentSlices.length);
    const out: Slice[] = [];
    for (let i = 0; i < n; i++) {
      const l = labelSlices[i];
      const c = contentSlices[i];
      const showColon = i === 0 && opts.colon !== false;
      out.push({
        height: Math.max(l?.height ?? 0, c?.height ?? 0),
        keepWithNext: (i < labelSlices.length - 1) || !!c?.keepWithNext || (i === 0 && n > 1),
        space: !l && c?.space,
        draw: (ctx, top) => {
          l?.draw(ctx, top);
          c?.draw(ctx, top);
          if (showColon) putText(ctx.page, ':', { x: x + labelWidth + this.width(' ') , y: this.baseline(top), size: this.size, font: this.fonts.regular, color: BLACK });
        },
      });
    }
    return opts.keep ? keepTogether(out) : out;
  }

  /** Width of the widest label plus a little air: the column where the colons line up. */
  labelColumn(labels: string[], min = 0): number {
    return Math.max(min, ...labels.map((l) => this.width(l))) + this.size * 0.25;
  }

  rule(x: number, width: number, thickness: number, below = 0): Slice {
    return {
      height: thickness + below,
      draw: ({ page }, top) => {
        const y = top - thickness / 2;
        page.drawLine({ start: { x, y }, end: { x: x + width, y }, thickness, color: BLACK });
      },
    };
  }

  table(rows: { header: boolean; cells: RichBlock[][] }[], x: number, width: number): Slice[] {
    const pad = this.size * 0.3;
    const columns = rows[0]?.cells.length ?? 0;
    if (!columns) return [];
    const widths = this.columnWidths(rows, width, pad);
    const lefts = widths.map((_, i) => x + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const header = rows.filter((r) => r.header);
    const slices = rows.map((r) => {
      const cells = r.cells.map((c, i) => this.blocks(c, lefts[i] + pad, widths[i] - 2 * pad, { align: 'left', gap: this.size * 0.25 }));
      return this.tableRow(cells, lefts, widths, pad);
    });
    // A header row stays with the first body row.
    return slices.map((s, i) => (i < header.length ? { ...s, keepWithNext: true } : s));
  }

  private tableRow(cells: Slice[][], lefts: number[], widths: number[], pad: number): Slice {
    const height = Math.max(...cells.map((c) => c.reduce((a, s) => a + s.height, 0))) + 2 * pad;
    const right = lefts[lefts.length - 1] + widths[widths.length - 1];
    return {
      height,
      draw: ({ page, pageIndex }, top) => {
        const bottom = top - height;
        cells.forEach((c, i) => {
          let y = top - pad;
          for (const s of c) {
            s.draw({ page, pageIndex }, y);
            y -= s.height;
          }
          page.drawLine({ start: { x: lefts[i], y: top }, end: { x: lefts[i], y: bottom }, thickness: 0.5, color: BLACK });
        });
        page.drawLine({ start: { x: right, y: top }, end: { x: right, y: bottom }, thickness: 0.5, color: BLACK });
        page.drawLine({ start: { x: lefts[0], y: top }, end: { x: right, y: top }, thickness: 0.5, color: BLACK });
        page.drawLine({ start: { x: lefts[0], y: bottom }, end: { x: right, y: bottom }, thickness: 0.5, color: BLACK });
      },
      split: (avail) => {
        // Every cell gives the lines that fit; the rest continues in a new bordered row.
        const room = avail - 2 * pad;
        const heads: Slice[][] = [];
        const tails: Slice[][] = [];
        for (const c of cells) {
          let h = 0;
          let k = 0;
          while (k < c.length && h + c[k].height <= room) h += c[k++].height;
          heads.push(c.slice(0, k));
          tails.push(c.slice(k));
        }
        if (heads.every((c) => c.length === 0) || tails.every((c) => c.length === 0)) return null;
        return [this.tableRow(heads, lefts, widths, pad), this.tableRow(tails, lefts, widths, pad)];
      },
    };
  }

  /** HTML-like auto layout: natural widths when they fit, else shares between min (longest word) and max. */
  private columnWidths(rows: { cells: RichBlock[][] }[], width: number, pad: number): number[] {
    const columns = rows[0].cells.length;
    const min = new Array<number>(columns).fill(0);
    const max = new Array<number>(columns).fill(0);
    for (const r of rows) {
      r.cells.forEach((cell, i) => {
        for (const [text, style] of cellTexts(cell)) {
          max[i] = Math.max(max[i], this.width(text, style) + 2 * pad);
          for (const w of text.split(/\s+/)) min[i] = Math.max(min[i], Math.min(this.width(w, style), width / columns) + 2 * pad);
        }
      });
    }
    const floor = this.size * 1.5 + 2 * pad;
    const lo = min.map((m) => Math.max(m, floor));
    const hi = max.map((m, i) => Math.max(m, lo[i]));
    const sumHi = hi.reduce((a, b) => a + b, 0);
    if (sumHi <= width) return hi.map((h) => (h * width) / sumHi);
    const sumLo = lo.reduce((a, b) => a + b, 0);
    if (sumLo >= width) return lo.map((l) => (l * width) / sumLo);
    const spread = hi.map((h, i) => h - lo[i]);
    const sumSpread = spread.reduce((a, b) => a + b, 0) || 1;
    return lo.map((l, i) => l + ((width - sumLo) * spread[i]) / sumSpread);
  }
}

/** Text of a cell per paragraph with its dominant style, for column measuring. */
function cellTexts(blocks: RichBlock[]): [string, FontStyle][] {
  const out: [string, FontStyle][] = [];
  for (const b of blocks) {
    if (b.type === 'paragraph') {
      for (const line of b.runs.map((r) => r.text).join('').split('\n')) out.push([line, b.runs.some((r) => r.bold) ? 'bold' : 'regular']);
    } else if (b.type === 'list') for (const item of b.items) out.push(...cellTexts(item).map(([t, s]) => [`0. ${t}`, s] as [string, FontStyle]));
  }
  return out;
}
