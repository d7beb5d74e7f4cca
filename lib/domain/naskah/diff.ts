// A side-by-side comparison of two versions: paragraphs are aligned by a longest common
// subsequence, and changed paragraphs are compared word by word. Enough to see what a verifikator
// changed; not a general-purpose diff.

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string };

export interface DiffRow {
  kind: 'same' | 'changed' | 'added' | 'removed';
  left: DiffPart[];
  right: DiffPart[];
}

/**
 * Cells of LCS tables one comparison may fill. A table is (n+1) x (m+1): two 200,000-character
 * paragraphs (30,000 words each) would need 900 million cells, gigabytes and minutes, and a
 * konten of tiny paragraphs the same at paragraph level: one "Bandingkan" could take the process
 * down. Within this budget (a fifth of a second of CPU) the comparison is exact; beyond it, the part
 * between the unchanged start and end is shown as removed and added whole.
 */
export const DIFF_SEL_MAKS = 8_000_000;

/** What is left of a comparison's budget, shared by the paragraph and the word alignments. */
export interface AnggaranDiff {
  sisa: number;
}

type Step<T> = { kind: 'same' | 'added' | 'removed'; a?: T; b?: T };

/** Longest-common-subsequence alignment of two sequences, on one flat table of 32-bit counts. */
function lcsTable<T>(a: readonly T[], b: readonly T[]): Step<T>[] {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  const table = new Int32Array((n + 1) * w);
  for (let i = n - 1; i >= 0; i -= 1) {
    for (let j = m - 1; j >= 0; j -= 1) {
      table[i * w + j] = a[i] === b[j] ? table[(i + 1) * w + j + 1]! + 1 : Math.max(table[(i + 1) * w + j]!, table[i * w + j + 1]!);
    }
  }
  const out: Step<T>[] = [];
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (a[i] === b[j]) {
      out.push({ kind: 'same', a: a[i], b: b[j] });
      i += 1;
      j += 1;
    } else if (table[(i + 1) * w + j]! >= table[i * w + j + 1]!) {
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

/**
 * The alignment of two sequences: the unchanged start and end taken as they are (a verifikator's
 * edit changes a little in the middle), the middle by LCS while the budget lasts.
 */
function lcs<T>(a: readonly T[], b: readonly T[], anggaran: AnggaranDiff): Step<T>[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const cells = (midA.length + 1) * (midB.length + 1);
  let middle: Step<T>[];
  if (midA.length === 0 || midB.length === 0 || cells > anggaran.sisa) {
    middle = [...midA.map((x): Step<T> => ({ kind: 'removed', a: x })), ...midB.map((x): Step<T> => ({ kind: 'added', b: x }))];
  } else {
    anggaran.sisa -= cells;
    middle = lcsTable(midA, midB);
  }
  const prefix = a.slice(0, start).map((x, k): Step<T> => ({ kind: 'same', a: x, b: b[k] }));
  const suffix = a.slice(endA).map((x, k): Step<T> => ({ kind: 'same', a: x, b: b[endB + k] }));
  return [...prefix, ...middle, ...suffix];
}

/** Word-level diff of two paragraphs: what the left lost and what the right gained. */
export function diffWords(left: string, right: string, anggaran: AnggaranDiff = { sisa: DIFF_SEL_MAKS }): { left: DiffPart[]; right: DiffPart[] } {
  const steps = lcs(left.split(/\s+/).filter(Boolean), right.split(/\s+/).filter(Boolean), anggaran);
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

/**
 * Paragraph rows. Between two unchanged paragraphs, the removed and the added ones are paired in
 * order as "changed" (compared word by word); the rest stay removed or added.
 */
export function diffParagraphs(left: readonly string[], right: readonly string[], anggaran: AnggaranDiff = { sisa: DIFF_SEL_MAKS }): DiffRow[] {
  const rows: DiffRow[] = [];
  let removed: string[] = [];
  let added: string[] = [];
  const flush = () => {
    for (let k = 0; k < Math.max(removed.length, added.length); k += 1) {
      const a = removed[k];
      const b = added[k];
      if (a !== undefined && b !== undefined) rows.push({ kind: 'changed', ...diffWords(a, b, anggaran) });
      else if (a !== undefined) rows.push({ kind: 'removed', left: [{ kind: 'removed', text: a }], right: [] });
      else rows.push({ kind: 'added', left: [], right: [{ kind: 'added', text: b! }] });
    }
    removed = [];
    added = [];
  };
  for (const s of lcs(left, right, anggaran)) {
    if (s.kind === 'same') {
      flush();
      rows.push({ kind: 'same', left: [{ kind: 'same', text: s.a! }], right: [{ kind: 'same', text: s.b! }] });
    } else if (s.kind === 'removed') removed.push(s.a!);
    else added.push(s.b!);
  }
  flush();
  return rows;
}
