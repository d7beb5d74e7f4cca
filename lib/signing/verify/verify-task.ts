// Verification as a task of the untrusted-file worker pool (lib/untrusted), run inside the worker
// (the app imports ./task-input, not this file, so the renderer stays out of its bundle). A file
// the structure reader refuses or finds damaged becomes a result with the reason, not an exception.
import { fetchCrl } from './fetch-crl';
import { verdict } from './report/indication';
import { PdfObjects } from './pdf-objects';
import { findSignatures, type PdfSignatureField } from './pdf-signatures';
import { parseCrl, parseOcsp } from './revocation';
import { PdfDamagedError, PdfRefusedError } from '@/lib/pdf/parse/limits';
import { compareRenderings } from './structure/visual-check';
import { certificateFromDer } from './trust';
import type { PdfVerification } from './types';
import { uncheckedVerification, type VerifyPdfTaskInput } from './task-input';
import { verifyPdf, type VerifyOptions } from './verify-pdf';

export async function verifyPdfTask(input: VerifyPdfTaskInput): Promise<PdfVerification> {
  const notNull = <T>(x: T | null): x is T => x !== null;
  const options: VerifyOptions = {
    trustedRoots: input.trustedRoots.map(certificateFromDer).filter(notNull),
    caRevocation: { crls: input.caCrls.map(parseCrl).filter(notNull), ocsps: input.caOcsps.map(parseOcsp).filter(notNull) },
    fetchCrl: input.fetchCrl ? fetchCrl : undefined,
  };
  return verifyStructureSafely(input.pdf, options);
}

const endOf = (field: PdfSignatureField) => field.byteRange[2] + field.byteRange[3];

/**
 * verifyPdf, then the visual comparison of every signed revision with the whole file, with the
 * structure reader's refusals and damage reported as results. The pages are rendered in this
 * thread, after the verdict: a forged signature or a structural change costs no rendering.
 */
export async function verifyStructureSafely(pdf: Uint8Array, options: VerifyOptions): Promise<PdfVerification> {
  try {
    const objects = new PdfObjects(pdf);
    const fields = findSignatures(objects);
    return await withVisualCheck(pdf, fields, await verifyPdf(pdf, options, objects));
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
async function withVisualCheck(pdf: Uint8Array, fields: PdfSignatureField[], verification: PdfVerification): Promise<PdfVerification> {
  const candidates = verification.signatures.filter((s) => s.status !== 'INVALID' && !s.changes.coversWholeDocument);
  if (!candidates.length) return verification;
  // verifyPdf reports the signatures in findSignatures' order, index 1-based.
  const ends = [...new Set(candidates.map((s) => endOf(fields[s.index - 1])))];
  const comparisons = await compareRenderings(pdf, ends);
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
