// PAdES signing of a PDF: placeholder and visible widget (pdf-lib), CMS with a signature
// time-stamp over the ByteRange (@signpdf + pkijs): B-T; then (by default) the DSS and a document
// time-stamp as incremental updates: B-LTA.
import { SignPdf } from '@signpdf/signpdf';
import type { SignatureAppearance } from '../types';
import { PadesCmsSigner } from './cms-signer';
import { extendToLta } from './extend-lta';
import { addSignaturePlaceholder } from './placeholder';
import type { LongTermValidationSource, SignatureProvider } from './signature-provider';

/** Room for the CMS: certificates (3), signature, and a time-stamp token with its own chain. */
export const DEFAULT_SIGNATURE_BYTES = 12 * 1024;

export interface SignPadesInput {
  pdf: Uint8Array;
  provider: SignatureProvider;
  ltv: LongTermValidationSource;
  signedAt?: Date;
  appearance?: SignatureAppearance;
  reason?: string;
  location?: string;
  name?: string;
  signatureBytes?: number;
  /** B-LTA (default); B-T stops after the signature, as BSrE's own output does. */
  level?: 'B-T' | 'B-LTA';
}

/** The input PDF cannot be signed: unreadable, encrypted, already signed, or the box is off the page. */
export class PdfInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfInputError';
  }
}

export async function signPades(input: SignPadesInput): Promise<{ pdf: Uint8Array; signedAt: Date }> {
  // A second signature would need an incremental placeholder; a full re-save would break the first.
  if (Buffer.from(input.pdf.buffer, input.pdf.byteOffset, input.pdf.byteLength).includes('/ByteRange')) {
    throw new PdfInputError('the PDF is already signed');
  }
  const signedAt = input.signedAt ?? new Date();
  const lta = (input.level ?? 'B-LTA') === 'B-LTA';
  const prepared = await addSignaturePlaceholder(input.pdf, {
    signedAt,
    signatureBytes: input.signatureBytes ?? DEFAULT_SIGNATURE_BYTES,
    appearance: input.appearance,
    reason: input.reason,
    location: input.location,
    name: input.name,
  }).catch((error: unknown) => {
    throw new PdfInputError(error instanceof Error ? error.message : String(error));
  });
  const signed = new Uint8Array(await new SignPdf().sign(Buffer.from(prepared), new PadesCmsSigner(input.provider, input.ltv)));
  return { pdf: lta ? await extendToLta(signed, input.ltv) : signed, signedAt };
}

