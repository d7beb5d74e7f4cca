// Verification as a task of the untrusted-file worker pool (lib/untrusted): the options cross the
// thread boundary as DER, and a file the structure reader refuses or finds damaged becomes a
// verification result with the reason instead of an exception.
import { fetchCrl } from './fetch-crl';
import { verdict } from './report/indication';
import { PdfObjects } from './pdf-objects';
import { analyzeLaterChanges, findSignatures, type PdfSignatureField } from './pdf-signatures';
import { parseCrl, parseOcsp } from './revocation';
import { PdfDamagedError, PdfRefusedError } from './structure/limits';
import { compareRenderings, type VisualComparison } from './structure/visual-check';
import { certificateFromDer } from './trust';
import type { PdfVerification } from './types';
import { verifyPdf, type VerifyOptions } from './verify-pdf';

export interface VerifyPdfTaskInput {
  pdf: Uint8Array;
  trustedRoots: Uint8Array[];
  caCrls: Uint8Array[];
  caOcsps: Uint8Array[];
  /** Whether CRLs of trusted CAs may be downloaded from their distribution points. */
  fetchCrl: boolean;
}

const der = (object: { toSchema(): { toBER(): ArrayBuffer } }) => new Uint8Array(object.toSchema().toBER());

export function verifyTaskInput(pdf: Uint8Array, options: VerifyOptions): VerifyPdfTaskInput {
  return {
    pdf,
    trustedRoots: options.trustedRoots.map(der),
    caCrls: options.caRevocation?.crls.map(der) ?? [],
    caOcsps: options.caRevocation?.ocsps.map(der) ?? [],
    fetchCrl: !!options.fetchCrl,
  };
}

/** A file that could not be checked at all: one Indonesian sentence saying why, no signature judged. */
export function uncheckedVerification(summary: string): PdfVerification {
  return { conclusion: 'INDETERMINATE', summary, checkedAt: new Date(), signatures: [] };
}

export async function verifyPdfTask(input: VerifyPdfTaskInput): Promise<PdfVerification> {
  const notNull = <T>(x: T | null): x is T => x !== null;
  const options: VerifyOptions = {
    trustedRoots: input.trustedRoots.map(certificateFromDer).filter(notNull),
    caRevocation: { crls: input.caCrls.map(parseCrl).filter(notNull), ocsps: input.caOcsps.map(parseOcsp).filter(notNull) },
    fetchCrl: input.fetchCrl ? fetchCrl : undefined,
  };
  return verifyStructureSafely(input.pdf, options);
}

/** Signed revisions rendered while the signatures are checked, when there are this few to render. */
const EARLY_RENDERINGS = 2;

const endOf = (field: PdfSignatureField) => field.byteRange[2] + field.byteRange[3];

/**
 * verifyPdf, then the visual comparison of every signed revision with the whole file, with the
 * structure reader's refusals and damage reported as results. poppler renders in processes of its
 * own, so the renderings of a genuine naskah's (one or two) signed revisions start as soon as the
 * structure shows no change and run beside the certificate checks; more revisions than that wait
 * for a verdict worth comparing.
 */
export async function verifyStructureSafely(pdf: Uint8Array, options: VerifyOptions): Promise<PdfVerification> {
  try {
    const objects = new PdfObjects(pdf);
    const fields = findSignatures(objects);
    // Only revisions whose structure shows no change: a file already refused on structure (most
    // hostile ones) costs no poppler start, no temporary copy and no rendering of its pages.
    const unchanged = fields.filter((f) => !f.malformed && endOf(f) < pdf.length && !analyzeLaterChanges(objects, f, fields).contentChanges.length);
    const partial = [...new Set(unchanged.map(endOf))];
    const stop = new AbortController();
    const early = partial.length && partial.length <= EARLY_RENDERINGS ? compareRenderings(pdf, partial, stop.signal) : null;
    // Awaited in withVisualCheck, or dropped: a failure meanwhile must not count as unhandled.
    early?.catch(() => {});
    try {
      return await withVisualCheck(pdf, fields, await verifyPdf(pdf, options, objects), early);
    } finally {
      // Renderings no verdict needs (a forged signature, a refusal) stop with the verification.
      stop.abort();
    }
  } catch (error) {
    if (error instanceof PdfRefusedError) return uncheckedVerification(`Berkas tidak dapat diperiksa: ${error.reason} (melampaui batas pemeriksaan).`);
    if (error instanceof PdfDamagedError) return { conclusion: 'INVALID', summary: `Berkas PDF rusak: ${error.reason}.`, checkedAt: new Date(), signatures: [] };
    throw error;
  }
}

/**
 * Signatures that passed but do not cover the whole file: what the pages look like in the signed
 * revision must be what they look like now. A difference is a change (INVALID); when the pages
 * cannot be rendered, a passing signature is only INDETERMINATE.
 */
async function withVisualCheck(
  pdf: Uint8Array,
  fields: PdfSignatureField[],
  verification: PdfVerification,
  early: Promise<Map<number, VisualComparison>> | null,
): Promise<PdfVerification> {
  const candidates = verification.signatures.filter((s) => s.status !== 'INVALID' && !s.changes.coversWholeDocument);
  if (!candidates.length) return verification;
  // verifyPdf reports the signatures in findSignatures' order, index 1-based.
  const ends = [...new Set(candidates.map((s) => endOf(fields[s.index - 1])))];
  const rendered = early ? await early : new Map<number, VisualComparison>();
  const comparisons = ends.every((end) => rendered.has(end)) ? rendered : await compareRenderings(pdf, ends);
  let changed = false;
  let unchecked = false;
  for (const signature of candidates) {
    const comparison = comparisons.get(endOf(fields[signature.index - 1]))!;
    if (comparison.outcome === 'DIFFERENT') {
      signature.changes.contentChanges.push(...comparison.differences);
      signature.reasons.push(`Dokumen diubah setelah ditandatangani: ${comparison.differences.join(', ')}.`);
      Object.assign(signature, verdict('CHANGED_AFTER_SIGNING'), { status: 'INVALID' as const });
      changed = true;
    } else if (comparison.outcome === 'UNAVAILABLE') {
      signature.reasons.push(`Tampilan dokumen tidak dapat dibandingkan dengan versi yang ditandatangani (${comparison.reason}).`);
      if (signature.status === 'VALID') Object.assign(signature, { status: 'INDETERMINATE' as const, indication: 'INDETERMINATE' as const });
      unchecked = true;
    }
  }
  if (changed) return { ...verification, conclusion: 'INVALID', summary: 'Dokumen diubah setelah ditandatangani: tampilannya berbeda dari versi yang ditandatangani.' };
  if (unchecked && verification.conclusion === 'VALID') {
    return { ...verification, conclusion: 'INDETERMINATE', summary: 'Tanda tangan utuh dan tepercaya, tetapi tampilan dokumen tidak dapat dibandingkan dengan versi yang ditandatangani.' };
  }
  return verification;
}
