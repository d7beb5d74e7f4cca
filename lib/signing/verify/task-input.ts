// What crosses the thread boundary to the verification task (./verify-task, run in the untrusted-file
// worker pool): the options as DER. Kept apart from the task so the app never loads the renderer.
import type { PdfVerification } from './types';
import type { VerifyOptions } from './verify-pdf';

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
