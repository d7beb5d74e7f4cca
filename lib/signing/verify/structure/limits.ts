// Bounds on the work one untrusted PDF may cause. A genuine naskah stays far below every one of
// them; a file that needs more is refused with a reason instead of being worked on without end.

export const LIMITS = {
  /** Cross-reference entries of one revision (a long report has a few thousand objects). */
  maxObjects: 100_000,
  /** Incremental updates (xref sections along the /Prev chain). */
  maxRevisions: 64,
  /** Signature dictionaries in one file. */
  maxSignatures: 32,
  /** Decompressed size of one stream, and of all streams decoded for one file. */
  maxStreamBytes: 16 * 1024 * 1024,
  maxTotalInflatedBytes: 64 * 1024 * 1024,
  /** Nesting of arrays and dictionaries inside one object. */
  maxNesting: 64,
  /** Objects in one object stream. */
  maxObjectsPerStream: 10_000,
  /** Indirect objects visited when walking the document's object graph. */
  maxVisited: 200_000,
  /** Pages rendered for the visual comparison (at 36 DPI, about 8 ms a page). */
  maxRenderedPages: 100,
  /** Pixels of one rendered page: an A0 sheet at 36 DPI; a larger page is rendered at a lower scale. */
  maxRenderedPixels: 2_100_000,
} as const;

/** The file is not a readable PDF (truncated, cross-reference data broken): "berkas rusak". */
export class PdfDamagedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PdfDamagedError';
  }
}

/** The file asks for more work than a verification may spend: refused, with the limit named. */
export class PdfRefusedError extends Error {
  constructor(readonly reason: string) {
    super(reason);
    this.name = 'PdfRefusedError';
  }
}

/** Counts work shared by every view of one file (the signed revisions and the final one). */
export class WorkBudget {
  private inflated = 0;
  private visited = 0;

  inflate(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated > LIMITS.maxTotalInflatedBytes) {
      throw new PdfRefusedError(`isi terkompresi berkas melebihi ${LIMITS.maxTotalInflatedBytes / 1024 / 1024} MB setelah dibuka`);
    }
  }

  visit(): void {
    if (++this.visited > LIMITS.maxVisited) throw new PdfRefusedError(`berkas memuat lebih dari ${LIMITS.maxVisited} objek yang saling merujuk`);
  }
}
