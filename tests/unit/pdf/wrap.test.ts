import { describe, expect, it } from 'vitest';
import { huruf, listMarker, defaultListStyle } from '@/lib/pdf/layout/list-marker';
import { wrapRuns, type Measure } from '@/lib/pdf/layout/wrap';

// Monospace measure: every character is 1 unit, bold ones 2, so tests read like character counts.
const measure: Measure = (text, style) => Array.from(text).length * (style === 'bold' || style === 'boldItalic' ? 2 : 1);
const lineText = (line: { pieces: { text: string; space: boolean }[] }) => line.pieces.map((p) => p.text).join('');

describe('wrapRuns', () => {
  it('breaks greedily at spaces', () => {
    const lines = wrapRuns([{ text: 'aaa bbb ccc ddd' }], 8, measure);
    expect(lines.map(lineText)).toEqual(['aaa bbb', 'ccc ddd']);
  });

  it('keeps a word made of differently styled runs together', () => {
    const lines = wrapRuns([{ text: 'xx ' }, { text: 'ab', bold: true }, { text: 'cd, ef' }], 10, measure);
    expect(lines.map(lineText)).toEqual(['xx abcd,', 'ef']);
    expect(lines[0].pieces.find((p) => p.text === 'ab')?.style).toBe('bold');
  });

  it('breaks a word longer than the line by characters', () => {
    const lines = wrapRuns([{ text: 'abcdefghij kl' }], 4, measure);
    expect(lines.map(lineText)).toEqual(['abcd', 'efgh', 'ij', 'kl']);
  });

  it('honours hard breaks and keeps an empty paragraph one line tall', () => {
    expect(wrapRuns([{ text: 'a\nb' }], 10, measure).map(lineText)).toEqual(['a', 'b']);
    expect(wrapRuns([], 10, measure)).toHaveLength(1);
  });

  it('justifies every line but the last and lines ending in <br>', () => {
    const lines = wrapRuns([{ text: 'aa bb cc dd\nee ff gg' }], 6, measure, 'justify');
    const right = (l: (typeof lines)[number]) => Math.max(...l.pieces.map((p) => p.x + p.width));
    expect(lines.map(lineText)).toEqual(['aa bb', 'cc dd', 'ee ff', 'gg']);
    expect(right(lines[0])).toBeCloseTo(6);
    expect(right(lines[1])).toBeCloseTo(5); // before <br>: natural width
    expect(right(lines[2])).toBeCloseTo(6);
    expect(right(lines[3])).toBeCloseTo(2); // last line
  });

  it('centers and right-aligns', () => {
    expect(wrapRuns([{ text: 'ab' }], 10, measure, 'center')[0].pieces[0].x).toBe(4);
    expect(wrapRuns([{ text: 'ab' }], 10, measure, 'right')[0].pieces[0].x).toBe(8);
  });

  it('places underlined spaces so the underline runs on', () => {
    const [line] = wrapRuns([{ text: 'Budi Santoso', underline: true }], 20, measure);
    expect(line.pieces.map((p) => [p.text, p.underline])).toEqual([
      ['Budi', true],
      [' ', true],
      ['Santoso', true],
    ]);
  });
});

describe('list markers', () => {
  it.each([
    ['1', 1, 0, '1.'],
    ['1', 12, 0, '12.'],
    ['a', 1, 0, 'a.'],
    ['a', 26, 1, 'z.'],
    ['a', 27, 1, 'aa.'],
    ['1', 3, 2, '3)'],
    ['a', 2, 3, 'b)'],
    ['bullet', 1, 0, '•'],
    ['bullet', 1, 1, '-'],
  ] as const)('%s item %i at depth %i -> %s', (style, n, depth, marker) => {
    expect(listMarker(style, n, depth)).toBe(marker);
  });

  it('numbers by depth when the list has no type: 1. then a.', () => {
    expect([0, 1, 2, 3].map(defaultListStyle)).toEqual(['1', 'a', '1', 'a']);
    expect(huruf(52)).toBe('az');
  });
});
