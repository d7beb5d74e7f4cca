// A side-by-side comparison of two versions: paragraphs are aligned by a longest common
// subsequence, and changed paragraphs are compared word by word. Enough to see what a verifikator
// changed; not a general-purpose diff.

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

export interface DiffRow {
  kind: 'same' | 'changed' | 'added' | 'removed';
  left: DiffPart[];
  right: DiffPart[];
}

/** Longest-common-subsequence alignment of two sequences. */
function lcs<T>(a: readonly T[], b: readonly T[]): { kind: 'same' | 'added' | 'removed'; a?: T; b?: T }[] {
  const n = a.length;
  const m = b.length;
  const table: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i]![j] = a[i] === b[j] ? table[i + 1]![j + 1]! + 1 : Math.max(table[i + 1]![j]!, table[i]![j + 1]!);
    }
  }
  const out: { kind: 'same' | 'added' | 'removed'; a?: T; b?: T }[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', a: a[i], b: b[j] });
      i += 1;
      j += 1;
    } else if (table[i + 1]![j]! >= table[i]![j + 1]!) {
      out.push({ kind: 'removed', a: a[i] });
      i += 1;
    } else {
      out.push({ kind: 'added', b: b[j] });
      j += 1;
    }
  }
  while (i < n) out.push({ kind: 'removed', a: a[i++] });
  while (j < m) out.push({ kind: 'added', b: b[j++] });
  return out;
}

/** Word-level diff of two paragraphs: what the left lost and what the right gained. */
export function diffWords(left: string, right: string): { left: DiffPart[]; right: DiffPart[] } {
  const steps = lcs(left.split(/\s+/).filter(Boolean), right.split(/\s+/).filter(Boolean));
  const l: DiffPart[] = [];
  const r: DiffPart[] = [];
  for (const s of steps) {
    if (s.kind === 'same') {
      l.push({ kind: 'same', text: s.a! });
      r.push({ kind: 'same', text: s.b! });
    } else if (s.kind === 'removed') l.push({ kind: 'removed', text: s.a! });
    else r.push({ kind: 'added', text: s.b! });
  }
  return { left: l, right: r };
}

/** Paragraph rows; a removed paragraph directly followed by an added one is shown as "changed". */
export function diffParagraphs(left: readonly string[], right: readonly string[]): DiffRow[] {
  const steps = lcs(left, right);
  const rows: DiffRow[] = [];
  for (let k = 0; k < steps.length; k += 1) {
    const s = steps[k]!;
    const next = steps[k + 1];
    if (s.kind === 'same') {
      rows.push({ kind: 'same', left: [{ kind: 'same', text: s.a! }], right: [{ kind: 'same', text: s.b! }] });
    } else if (s.kind === 'removed' && next?.kind === 'added') {
      rows.push({ kind: 'changed', ...diffWords(s.a!, next.b!) });
      k += 1;
    } else if (s.kind === 'removed') {
      rows.push({ kind: 'removed', left: [{ kind: 'removed', text: s.a! }], right: [] });
    } else {
      rows.push({ kind: 'added', left: [], right: [{ kind: 'added', text: s.b! }] });
    }
  }
  return rows;
}
