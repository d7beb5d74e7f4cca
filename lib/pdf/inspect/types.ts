// What inspecting an untrusted PDF can report. Kinds are stable codes; lib/domain/berkas turns
// them into Indonesian sentences and decides, per kind of upload, what to do with them.
import type { ParseLimits, PdfFault } from '@/lib/pdf/parse/limits';

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

/**
 * Why a file is not a PDF that can be vouched for: not a PDF, two formats at once, broken, or beyond
 * a limit (the parser's own faults, and what only the upload check looks at).
 */
export type PdfDefectKind = PdfFault | 'not-pdf' | 'polyglot-html' | 'polyglot-zip' | 'trailing-data' | 'no-catalog' | 'encrypted' | 'too-large';

export interface ActiveContent {
  kind: ActiveContentKind;
  /** The object it was found in (the first one, when several carry the same kind). */
  objectNumber: number | null;
}

export type PdfInspection =
  | { sound: true; activeContent: ActiveContent[]; objectCount: number; elapsedMs: number }
  | { sound: false; defect: PdfDefectKind; detail: string; elapsedMs: number };

/** The shared parser's bounds (lib/pdf/parse/limits.ts), plus the upload's own. */
export interface PdfInspectLimits extends ParseLimits {
  /** Bytes of the whole file. */
  maxBytes: number;
  /** Bytes allowed after the last %%EOF (some producers add a newline or a few NULs). */
  maxTrailingBytes: number;
}

/**
 * Stricter than the verifier's PARSE_LIMITS (xref sections and revisions stay at the 128 uploads
 * always allowed): an upload is checked on every save. Ample for a 20 MB scan or a few
 * hundred pages of text (bench/inspect-pdf.ts: 10,000 objects take under 300 ms of CPU); hostile
 * files hit a count or size limit in milliseconds. The clock is wall time, so it has headroom for a
 * loaded server. Objects count those inside object streams; xref entries are capped at twice that.
 */
export const DEFAULT_PDF_LIMITS: PdfInspectLimits = {
  maxBytes: 20 * 1024 * 1024,
  maxObjects: 30_000,
  maxXrefEntries: 60_000,
  maxObjectsPerStream: 10_000,
  maxVisited: 60_000,
  maxStreamBytes: 8 * 1024 * 1024,
  maxTotalInflatedBytes: 32 * 1024 * 1024,
  maxNesting: 48,
  maxRevisions: 128,
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
