// Bounds on the work one untrusted PDF may cause while it is parsed. The parser (lexer, revision,
// streams) takes them from the WorkBudget it is given: the verifier runs it under PARSE_LIMITS, the
// upload check (lib/pdf/inspect) under its own, stricter ones. A genuine naskah stays far below
// every one of them; a file that needs more is refused with a reason and a fault code.

/** The bounds of verifying a whole signed document, with its incremental updates. */
export const PARSE_LIMITS = {
  /** Cross-reference entries of one revision (a long report has a few thousand objects). */
  maxObjects: 100_000,
  /** Incremental updates (xref sections along the /Prev chain). */
  maxRevisions: 64,
  /** Cross-reference sections read, /Prev and hybrid /XRefStm together. */
  maxXrefSections: 128,
  /** Entries of all cross-reference sections, which a file can inflate without objects behind them. */
  maxXrefEntries: 1_000_000,
  /** Decompressed size of one stream, and of all streams decoded for one file. */
  maxStreamBytes: 16 * 1024 * 1024,
  maxTotalInflatedBytes: 64 * 1024 * 1024,
  /** Nesting of arrays and dictionaries inside one object. */
  maxNesting: 64,
  /** Objects in one object stream. */
  maxObjectsPerStream: 10_000,
  /** Indirect objects visited when walking the document's object graph. */
  maxVisited: 200_000,
  /** Wall-clock time of the parse; the verifier's worker pool enforces its own deadline instead. */
  timeBudgetMs: Number.POSITIVE_INFINITY,
} as const;

export type ParseLimits = { readonly [K in keyof typeof PARSE_LIMITS]: number };

/** What went wrong, as a stable code (the upload check names its refusal after it). */
export type PdfFault =
  | 'truncated'
  | 'broken-structure'
  | 'xref-loop'
  | 'unsupported-filter'
  | 'too-many-objects'
  | 'stream-too-large'
  | 'too-deep'
  | 'timeout';

/** The file is not a readable PDF (truncated, cross-reference data broken): "berkas rusak". */
export class PdfDamagedError extends Error {
  constructor(
    readonly reason: string,
    readonly fault: PdfFault = 'broken-structure',
  ) {
    super(reason);
    this.name = 'PdfDamagedError';
  }
}

/** The file asks for more work than the limits allow: refused, with the limit named. */
export class PdfRefusedError extends Error {
  constructor(
    readonly reason: string,
    readonly fault: PdfFault = 'too-many-objects',
  ) {
    super(reason);
    this.name = 'PdfRefusedError';
  }
}

/** Counts work shared by every view of one file (the signed revisions and the final one). */
export class WorkBudget {
  private inflated = 0;
  private visited = 0;
  private xrefEntries = 0;
  private steps = 0;
  private readonly deadline: number;

  constructor(readonly limits: ParseLimits = PARSE_LIMITS) {
    this.deadline = performance.now() + limits.timeBudgetMs;
  }

  inflate(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > this.limits.maxTotalInflatedBytes) {
      throw new PdfRefusedError(`isi terkompresi berkas melebihi ${this.limits.maxTotalInflatedBytes / 1024 / 1024} MB setelah dibuka`, 'stream-too-large');
    }
  }

  visit(): void {
    if (++this.visited > this.limits.maxVisited) throw new PdfRefusedError(`berkas memuat lebih dari ${this.limits.maxVisited} objek yang saling merujuk`);
  }

  countXrefEntries(n: number): void {
    this.xrefEntries += n;
    if (this.xrefEntries > this.limits.maxXrefEntries) throw new PdfRefusedError(`tabel referensi silang berkas memuat lebih dari ${this.limits.maxXrefEntries} entri`);
  }

  /** Called per token: reading the clock on every one would cost more than the token. */
  tick(): void {
    if (++this.steps % 2048 === 0) this.checkTime();
  }

  /** Called per object too: one object's search for "endstream" may cover megabytes. */
  checkTime(): void {
    if (performance.now() > this.deadline) throw new PdfRefusedError(`pemeriksaan berkas melebihi ${this.limits.timeBudgetMs} ms`, 'timeout');
  }
}
