// PAdES B-LT signing of a PDF: placeholder and visible widget (pdf-lib), CMS with a signature
// time-stamp over the ByteRange (@signpdf + pkijs), then the DSS as an incremental update.
import { SignPdf } from '@signpdf/signpdf';
import type { SignatureAppearance } from '../types';
import { PadesCmsSigner } from './cms-signer';
import { appendDss } from './dss';
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
}

export async function signPades(input: SignPadesInput): Promise<{ pdf: Uint8Array; signedAt: Date }> {
  const signedAt = input.signedAt ?? new Date();
  // Fetched while the document is prepared and signed (a remote CRL/OCSP source answers meanwhile).
  const validationData = input.ltv.validationData();
  validationData.catch(() => {});
  const prepared = await addSignaturePlaceholder(input.pdf, {
    signedAt,
    signatureBytes: input.signatureBytes ?? DEFAULT_SIGNATURE_BYTES,
    appearance: input.appearance,
    reason: input.reason,
    location: input.location,
    name: input.name,
  });
  const signed = new Uint8Array(await new SignPdf().sign(Buffer.from(prepared), new PadesCmsSigner(input.provider, input.ltv)));
  const contents = signatureContents(signed);
  return { pdf: await appendDss(signed, contents, await validationData), signedAt };
}

/** The decoded /Contents of the last signature: the bytes between the ByteRange's gap. */
export function signatureContents(pdf: Uint8Array): Uint8Array {
  const text = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength).toString('latin1');
  const matches = [...text.matchAll(/\/ByteRange\s*\[\s*(\d+)\s+(\d+)\s+(\d+)\s+(\d+)\s*\]/g)];
  const last = matches.at(-1);
  if (!last) throw new Error('no signature /ByteRange in the PDF');
  const [gapStart, gapEnd] = [Number(last[2]), Number(last[3])];
  // The gap is "<hex>": skip the angle brackets.
  return new Uint8Array(Buffer.from(text.slice(gapStart + 1, gapEnd - 1), 'hex'));
}
