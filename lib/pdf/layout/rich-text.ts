// The document model drawn by lib/pdf: paragraphs of styled runs, lists and simple tables. Parsed
// from the sanitized HTML of the editor (html.ts) or built directly by the naskah layouts.

export interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
}

/** A piece of text in one style. "\n" inside text is a hard line break (<br>). */
export interface Run extends RunStyle {
  text: string;
}

export type ListStyle = '1' | 'a' | 'bullet';

export type RichBlock =
  | { type: 'paragraph'; runs: Run[] }
  | { type: 'list'; style: ListStyle | null; items: RichBlock[][] }
  | { type: 'table'; rows: TableRow[] };

export interface TableRow {
  header: boolean;
  cells: RichBlock[][];
}

export const run = (text: string, style: RunStyle = {}): Run => ({ text, ...style });
export const paragraph = (...runs: (Run | string)[]): RichBlock => ({
  type: 'paragraph',
  runs: runs.map((r) => (typeof r === 'string' ? run(r) : r)),
});

/** Concatenated text of blocks (tests, search, empty checks). */
export function plainText(blocks: RichBlock[]): string {
  return blocks
    .map((b) => {
      if (b.type === 'paragraph') return b.runs.map((r) => r.text).join('');
      if (b.type === 'list') return b.items.map((i) => plainText(i)).join('\n');
      return b.rows.map((r) => r.cells.map((c) => plainText(c)).join('\t')).join('\n');
    })
    .join('\n');
}
