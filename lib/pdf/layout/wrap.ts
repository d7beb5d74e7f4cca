// Line breaking of styled runs: greedy, word by word, with words longer than a line broken by
// characters; justified lines stretch their spaces (never the last line or a line before <br>).
// Pure: widths come from a measure function, so it is tested without a PDF.
import { fontStyleOf, type FontStyle } from '../fonts';
import type { Run } from './rich-text';

export type Align = 'left' | 'center' | 'right' | 'justify';

export type Measure = (text: string, style: FontStyle) => number;

export interface PlacedPiece {
  text: string;
  style: FontStyle;
  underline: boolean;
  /** From the line's left edge. */
  x: number;
  width: number;
  /** Spaces are placed too, so an underline runs on across them. */
  space: boolean;
}

export interface TextLine {
  pieces: PlacedPiece[];
  /** Natural width before justification. */
  width: number;
}

interface Part {
  text: string;
  style: FontStyle;
  underline: boolean;
  width: number;
}
type Token = { kind: 'word'; parts: Part[]; width: number } | { kind: 'space'; part: Part } | { kind: 'break' };

function tokenize(runs: Run[], measure: Measure): Token[] {
  const tokens: Token[] = [];
  let word: Extract<Token, { kind: 'word' }> | null = null;
  for (const r of runs) {
    const style = fontStyleOf(!!r.bold, !!r.italic);
    const underline = !!r.underline;
    for (const chunk of r.text.split(/( +|\n)/)) {
      if (!chunk) continue;
      if (chunk === '\n') {
        word = null;
        tokens.push({ kind: 'break' });
      } else if (chunk.startsWith(' ')) {
        word = null;
        tokens.push({ kind: 'space', part: { text: ' ', style, underline, width: measure(' ', style) } });
      } else {
        const part = { text: chunk, style, underline, width: measure(chunk, style) };
        if (word) {
          word.parts.push(part);
          word.width += part.width;
        } else {
          word = { kind: 'word', parts: [part], width: part.width };
          tokens.push(word);
        }
      }
    }
  }
  return tokens;
}

/** Breaks a word wider than the line into pieces that fit (at least one character each). */
function splitWord(word: Extract<Token, { kind: 'word' }>, maxWidth: number, measure: Measure): Part[][] {
  const lines: Part[][] = [];
  let line: Part[] = [];
  let lineWidth = 0;
  for (const part of word.parts) {
    let text = '';
    let width = 0;
    for (const ch of Array.from(part.text)) {
      const w = measure(ch, part.style);
      if (lineWidth + width + w > maxWidth && (lineWidth + width > 0)) {
        if (text) line.push({ ...part, text, width });
        lines.push(line);
        line = [];
        lineWidth = 0;
        text = '';
        width = 0;
      }
      text += ch;
      width += w;
    }
    if (text) {
      line.push({ ...part, text, width });
      lineWidth += width;
    }
  }
  if (line.length) lines.push(line);
  return lines;
}

interface RawLine {
  items: (Part & { space: boolean })[];
  width: number;
  /** Ends the paragraph or a <br>: not stretched when justifying. */
  hard: boolean;
}

/** Breaks runs into lines no wider than maxWidth and positions every piece for the alignment. */
export function wrapRuns(runs: Run[], maxWidth: number, measure: Measure, align: Align = 'left'): TextLine[] {
  const raw: RawLine[] = [];
  let cur: RawLine = { items: [], width: 0, hard: false };
  let pendingSpace: Part | null = null;
  const newLine = (hard: boolean) => {
    cur.hard = hard;
    raw.push(cur);
    cur = { items: [], width: 0, hard: false };
    pendingSpace = null;
  };
  const pushParts = (parts: Part[]) => {
    for (const p of parts) {
      cur.items.push({ ...p, space: false });
      cur.width += p.width;
    }
  };
  for (const t of tokenize(runs, measure)) {
    if (t.kind === 'break') newLine(true);
    else if (t.kind === 'space') {
      if (cur.items.length) pendingSpace = t.part;
    } else {
      const spaceWidth: number = pendingSpace ? pendingSpace.width : 0;
      if (cur.items.length && cur.width + spaceWidth + t.width <= maxWidth + 0.01) {
        if (pendingSpace) {
          cur.items.push({ ...pendingSpace, space: true });
          cur.width += pendingSpace.width;
        }
        pendingSpace = null;
        pushParts(t.parts);
        continue;
      }
      if (cur.items.length) newLine(false);
      pendingSpace = null;
      if (t.width <= maxWidth) pushParts(t.parts);
      else {
        const pieces = splitWord(t, maxWidth, measure);
        pieces.forEach((parts, i) => {
          pushParts(parts);
          if (i < pieces.length - 1) newLine(false);
        });
      }
    }
  }
  if (cur.items.length || !raw.length) newLine(true);
  else raw[raw.length - 1].hard = true;

  return raw.map((l) => {
    const spaces = l.items.filter((i) => i.space).length;
    const extra = Math.max(0, maxWidth - l.width);
    let x = align === 'center' ? extra / 2 : align === 'right' ? extra : 0;
    const stretch = align === 'justify' && !l.hard && spaces > 0 ? extra / spaces : 0;
    const pieces = l.items.map((i) => {
      const width = i.space ? i.width + stretch : i.width;
      const placed: PlacedPiece = { text: i.text, style: i.style, underline: i.underline, x, width, space: i.space };
      x += width;
      return placed;
    });
    return { pieces, width: l.width };
  });
}
