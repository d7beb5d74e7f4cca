// Verification as a task of the untrusted-file worker pool (lib/untrusted): the options cross the
// thread boundary as DER, and a file the structure reader refuses or finds damaged becomes a
// verification result with the reason instead of an exception.
import * as pkijs from 'pkijs';
import { toArrayBuffer } from './cms';
import { fetchCrl } from './fetch-crl';
import { parseCrl, parseOcsp } from './revocation';
import { PdfDamagedError, PdfRefusedError } from './structure/limits';
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
  return { conclusion: 'INDETERMINATE', summary, signatures: [] };
}

export async function verifyPdfTask(input: VerifyPdfTaskInput): Promise<PdfVerification> {
  const notNull = <T>(x: T | null): x is T => x !== null;
  const options: VerifyOptions = {
    trustedRoots: input.trustedRoots.map((d) => pkijs.Certificate.fromBER(toArrayBuffer(d))),
    caRevocation: { crls: input.caCrls.map(parseCrl).filter(notNull), ocsps: input.caOcsps.map(parseOcsp).filter(notNull) },
    fetchCrl: input.fetchCrl ? fetchCrl : undefined,
  };
  return verifyStructureSafely(input.pdf, options);
}

/** verifyPdf with the structure reader's refusals and damage reported as results. */
export async function verifyStructureSafely(pdf: Uint8Array, options: VerifyOptions): Promise<PdfVerification> {
  try {
    return await verifyPdf(pdf, options);
  } catch (error) {
    if (error instanceof PdfRefusedError) return uncheckedVerification(`Berkas tidak dapat diperiksa: ${error.reason} (melampaui batas pemeriksaan).`);
    if (error instanceof PdfDamagedError) return { conclusion: 'INVALID', summary: `Berkas PDF rusak: ${error.reason}.`, signatures: [] };
    throw error;
  }
}
