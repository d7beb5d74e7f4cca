// The verifier's bounds beyond the parser's own (lib/pdf/parse/limits.ts): signatures, and the
// pages rendered for the visual comparison.
import { PARSE_LIMITS } from '@/lib/pdf/parse/limits';

export const LIMITS = {
  ...PARSE_LIMITS,
  /** Signature dictionaries in one file. */
  maxSignatures: 32,
  /** Pages rendered for the visual comparison (at 36 DPI, about 8 ms a page). */
  maxRenderedPages: 100,
  /** Pixels of one rendered page: an A0 sheet at 36 DPI; a larger page is rendered at a lower scale. */
  maxRenderedPixels: 2_100_000,
} as const;
