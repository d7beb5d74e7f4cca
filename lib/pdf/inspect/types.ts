// What inspecting an untrusted PDF can report. Kinds are stable codes; lib/domain/berkas turns
// them into Indonesian sentences and decides, per kind of upload, what to do with them.

/** Content a PDF reader may act on by itself: scripts, actions, payloads. */
export type ActiveContentKind =
  | 'javascript'
  | 'open-action'
  | 'additional-actions'
  | 'launch'
  | 'submit-form'
  | 'import-data'
  | 'remote-goto'
  | 'embedded-file'
  | 'file-attachment'
  | 'rich-media'
  | 'xfa';

/** Why a file is not a PDF that can be vouched for: not a PDF, two formats at once, broken, or beyond a limit. */
export type PdfDefectKind =
  | 'not-pdf'
  | 'polyglot-html'
  | 'polyglot-zip'
  | 'trailing-data'
  | 'truncated'
  | 'broken-structure'
  | 'xref-loop'
  | 'no-catalog'
  | 'encrypted'
  | 'unsupported-filter'
  | 'too-large'
  | 'too-many-objects'
  | 'stream-too-large'
  | 'too-deep'
  | 'timeout';

export interface ActiveContent {
  kind: ActiveContentKind;
  /** The object it was found in (the first one, when several carry the same kind). */
  objectNumber: number | null;
}

export type PdfInspection =
  | { sound: true; activeContent: ActiveContent[]; objectCount: number; elapsedMs: number }
  | { sound: false; defect: PdfDefectKind; detail: string; elapsedMs: number };

export interface PdfInspectLimits {
  /** Bytes of the whole file. */
  maxBytes: number;
  /** Indirect objects, counting those inside object streams and the xref entries. */
  maxObjects: number;
  /** Decoded size of one object or xref stream (zlib's maxOutputLength). */
  maxStreamBytes: number;
  /** Decoded size of all object and xref streams together. */
  maxTotalDecodedBytes: number;
  /** Nesting of arrays and dictionaries. */
  maxDepth: number;
  /** Cross-reference sections followed through /Prev and /XRefStm. */
  maxXrefSections: number;
  /** Bytes allowed after the last %%EOF (some producers add a newline or a few NULs). */
  maxTrailingBytes: number;
  /** Wall-clock time for the whole inspection. */
  timeBudgetMs: number;
}

/**
 * Ample for a 20 MB scan or a few hundred pages of text (bench/inspect-pdf.ts: 10,000 objects take
 * under 300 ms of CPU); hostile files hit a count or size limit in milliseconds. The clock is wall
 * time, so it has headroom for a loaded server.
 */
export const DEFAULT_PDF_LIMITS: PdfInspectLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxObjects: 30_000,
  maxStreamBytes: 8 * 1024 * 1024,
  maxTotalDecodedBytes: 32 * 1024 * 1024,
  maxDepth: 48,
  maxXrefSections: 128,
  maxTrailingBytes: 1024,
  timeBudgetMs: 5_000,
};

/** Thrown inside the inspector to stop at the first defect; never escapes inspectPdf. */
export class PdfDefect extends Error {
  constructor(
    readonly kind: PdfDefectKind,
    detail: string,
  ) {
    super(detail);
  }
}
