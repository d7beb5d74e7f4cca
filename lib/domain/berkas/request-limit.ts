// The cap on a whole request body, checked in proxy.ts before any server action or route runs.
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from './sniff';

/**
 * 21 MB: one file of the largest kind the app accepts (a 20 MB scan or tindak lanjut attachment;
 * lampiran and CSV imports allow 10 MB, a logo less) plus 1 MB for the form's other fields and the
 * multipart framing. Each upload point still checks its own limit with its own message; this cap
 * only stops bodies no form can legitimately send, before Next parses (and buffers) them.
 * next.config.js repeats it as serverActions.bodySizeLimit; tests/unit keeps the two in step.
 */
export const MAX_REQUEST_BYTES = MAX_UPLOAD_BYTES + 1024 * 1024;

export const REQUEST_TOO_LARGE_MESSAGE = UPLOAD_TOO_LARGE_MESSAGE;

/** What the Content-Length header says: a byte count, or null when absent (a chunked body). */
export function declaredLength(header: string | null): number | null {
  if (header === null || !/^\d+$/.test(header.trim())) return null;
  return Number(header.trim());
}

