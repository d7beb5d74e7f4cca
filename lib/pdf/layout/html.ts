// Sanitized editor HTML -> RichBlock[]. The server already sanitizes, but this parser still treats
// its input as hostile: only p, br, strong/b, em/i, u, ol, ul, li and tables have meaning; script,
// style and other active content are dropped with their text; attributes other than <ol type> are
// ignored; unknown tags are transparent; entities are decoded by htmlparser2; nesting is capped.
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';
import type { ListStyle, RichBlock, Run, RunStyle, TableRow } from './rich-text';

/** Elements whose content is never printed. */
const DROPPED = new Set([
  'script', 'style', 'head', 'title', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet',
  'noscript', 'template', 'svg', 'math', 'textarea', 'select', 'option', 'button', 'input', 'img',
  'video', 'audio', 'canvas', 'link', 'meta', 'base', 'map', 'picture', 'source', 'track',
]);
const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'header', 'footer', 'blockquote', 'center', 'address', 'pre',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dl', 'dt', 'dd', 'figure', 'figcaption', 'main', 'aside', 'nav',
]);
const HEADING = /^h[1-6]$/;
/** Deeper element nesting is flattened to text: bounded recursion on hostile input. */
const MAX_DEPTH = 24;
const MAX_COLUMNS = 12;

// C0 controls (except tab/newline, collapsed anyway), DEL, C1 controls, zero-width and bidi
// overrides: invisible in a browser but able to garble or disguise printed text.
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]/g;

export function cleanText(s: string): string {
  return s.replace(INVISIBLE, '').replace(/[\s\u00a0]+/g, ' ');
}

function isElement(n: ChildNode): n is Element {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

function textContent(node: ChildNode): string {
  const parts: string[] = [];
  const stack: ChildNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (n.type === 'text') parts.push(n.data);
    else if (isElement(n) && !DROPPED.has(n.name)) {
      if (n.name === 'br') parts.push('\n');
      for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
    }
  }
  return parts.join(' ');
}

function listStyleOf(el: Element): ListStyle | null {
  if (el.name === 'ul') return 'bullet';
  const t = el.attribs.type;
  if (t === 'a' || t === 'A') return 'a';
  if (t === '1' || t === 'i' || t === 'I') return '1';
  return null;
}

function hasText(runs: Run[]): boolean {
  return runs.some((r) => r.text.trim() !== '');
}

/** Trims each line's edges: spaces around <br> and at the paragraph's ends are not printed. */
function trimRuns(runs: Run[]): Run[] {
  const out: Run[] = [];
  for (const r of runs) {
    const prev = out[out.length - 1];
    if (prev && prev.text !== '\n' && r.text !== '\n' && prev.bold === r.bold && prev.italic === r.italic && prev.underline === r.underline) {
      prev.text = (prev.text + r.text).replace(/ {2,}/g, ' ');
    } else out.push({ ...r });
  }
  for (let i = 0; i < out.length; i++) {
    const atLineStart = i === 0 || out[i - 1].text === '\n' || /\s$/.test(out[i - 1].text);
    if (atLineStart && out[i].text !== '\n') out[i].text = out[i].text.replace(/^ +/, '');
  }
  for (let i = out.length - 1; i >= 0; i--) {
    const atLineEnd = i === out.length - 1 || out[i + 1].text === '\n';
    if (atLineEnd && out[i].text !== '\n') out[i].text = out[i].text.replace(/ +$/, '');
  }
  while (out.length && (out[out.length - 1].text === '\n' || out[out.length - 1].text === '')) out.pop();
  while (out.length && (out[0].text === '\n' || out[0].text === '')) out.shift();
  return out.filter((r) => r.text !== '');
}

class BlockCollector {
  readonly blocks: RichBlock[] = [];
  private runs: Run[] = [];

  constructor(private readonly depth: number) {}

  add(nodes: ChildNode[], style: RunStyle): this {
    for (const n of nodes) this.node(n, style);
    return this;
  }

  finish(): RichBlock[] {
    this.flush();
    return this.blocks;
  }

  private flush() {
    if (hasText(this.runs)) this.blocks.push({ type: 'paragraph', runs: trimRuns(this.runs) });
    this.runs = [];
  }

  private text(text: string, style: RunStyle) {
    const t = cleanText(text);
    if (t) this.runs.push({ text: t, ...style });
  }

  private node(n: ChildNode, style: RunStyle) {
    if (n.type === 'text') return this.text(n.data, style);
    if (!isElement(n) || DROPPED.has(n.name)) return;
    if (this.depth >= MAX_DEPTH) {
      this.text(textContent(n), style);
      return;
    }
    const name = n.name;
    if (name === 'br') {
      this.runs.push({ text: '\n', ...style });
      return;
    }
    if (name === 'ol' || name === 'ul') {
      this.flush();
      this.blocks.push(this.list(n, style));
      return;
    }
    if (name === 'table') {
      this.flush();
      const table = this.table(n, style);
      if (table) this.blocks.push(table);
      return;
    }
    const inner: RunStyle = {
      bold: style.bold || name === 'strong' || name === 'b' || HEADING.test(name) || undefined,
      italic: style.italic || name === 'em' || name === 'i' || undefined,
      underline: style.underline || name === 'u' || undefined,
    };
    if (BLOCK.has(name)) {
      this.flush();
      this.blocks.push(...new BlockCollector(this.depth + 1).add(n.children, inner).finish());
      return;
    }
    for (const c of n.children) this.node(c, inner);
  }

  private child(nodes: ChildNode[], style: RunStyle): RichBlock[] {
    return new BlockCollector(this.depth + 1).add(nodes, style).finish();
  }

  private list(el: Element, style: RunStyle): RichBlock {
    const items: RichBlock[][] = [];
    let loose: ChildNode[] = [];
    const flushLoose = () => {
      // Text directly inside <ol> (no <li>) belongs to the previous item, or opens one.
      const blocks = this.child(loose, style);
      if (blocks.length) {
        if (items.length) items[items.length - 1].push(...blocks);
        else items.push(blocks);
      }
      loose = [];
    };
    for (const c of el.children) {
      if (isElement(c) && c.name === 'li') {
        flushLoose();
        const blocks = this.child(c.children, style);
        if (blocks.length) items.push(blocks);
      } else loose.push(c);
    }
    flushLoose();
    return { type: 'list', style: listStyleOf(el), items };
  }

  private table(el: Element, style: RunStyle): RichBlock | null {
    const rows: TableRow[] = [];
    const visit = (parent: Element, inHead: boolean) => {
      for (const c of parent.children) {
        if (!isElement(c)) continue;
        if (c.name === 'thead' || c.name === 'tbody' || c.name === 'tfoot') visit(c, c.name === 'thead');
        else if (c.name === 'tr') {
          const cellEls = c.children.filter((x): x is Element => isElement(x) && (x.name === 'td' || x.name === 'th'));
          if (!cellEls.length) continue;
          rows.push({
            header: inHead || cellEls.every((x) => x.name === 'th'),
            cells: cellEls.slice(0, MAX_COLUMNS).map((cell) => {
              const cellStyle = cell.name === 'th' ? { ...style, bold: true } : style;
              // A table inside a cell is printed as its text: one level of tables is enough for naskah.
              const nodes = cell.children;
              return nodes.some((x) => isElement(x) && x.name === 'table')
                ? [{ type: 'paragraph', runs: [{ text: cleanText(textContent(cell)).trim(), ...cellStyle }] } as RichBlock]
                : this.child(nodes, cellStyle);
            }),
          });
        }
      }
    };
    visit(el, false);
    if (!rows.length) return null;
    const columns = Math.max(...rows.map((r) => r.cells.length));
    for (const r of rows) while (r.cells.length < columns) r.cells.push([]);
    return { type: 'table', rows };
  }
}

/** Parses the editor's HTML subset into blocks. Never throws on malformed markup. */
export function parseRichHtml(html: string): RichBlock[] {
  const doc = parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
  return new BlockCollector(0).add(doc.children, {}).finish();
}
