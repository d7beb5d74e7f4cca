// From a signed PDF (B-T) to PAdES B-LTA: the DSS with the validation data of the last signature
// (VRI keyed by its /Contents), then a document time-stamp over the whole file, then a DSS update
// with the validation data of that time-stamp's own TSA path (VRI keyed by its token), made after
// it, as EU DSS's LTA extension and Adobe's "LTV enabled" time-stamps have it. Used after our own
// signing, after a remote signer (BSrE) that returns B-T, and to renew an archived B-LTA file
// (where "the last signature" is the previous document time-stamp).
import { appendDocumentTimeStamp } from './doc-timestamp';
import { appendDss } from './dss';
import type { LongTermValidationSource } from './signature-provider';
import { signatureContents } from './signature-contents';

export async function extendToLta(signedPdf: Uint8Array, ltv: LongTermValidationSource): Promise<Uint8Array> {
  const stamped = await appendDocumentTimeStamp(await extendToLt(signedPdf, ltv), (imprint) => ltv.timestamp(imprint));
  return extendToLt(stamped, ltv);
}

/** B-LT only: the DSS for the last signature, without a document time-stamp. */
export async function extendToLt(signedPdf: Uint8Array, ltv: Pick<LongTermValidationSource, 'validationData'>): Promise<Uint8Array> {
  const contents = signatureContents(signedPdf);
  return appendDss(signedPdf, contents, await ltv.validationData(derPrefix(contents)));
}

/** The CMS without the /Contents string's zero padding: the length its outer DER header gives. */
export function derPrefix(contents: Uint8Array): Uint8Array {
  if (contents[0] !== 0x30 || contents.length < 2) throw new Error('the signature /Contents is not a DER SEQUENCE');
  const first = contents[1];
  const count = first < 0x80 ? 0 : first & 0x7f;
  if (first === 0x80 || count > 4) throw new Error('the signature /Contents has no definite DER length');
  let length = first < 0x80 ? first : 0;
  for (let i = 0; i < count; i++) length = length * 256 + contents[2 + i];
  if (2 + count + length > contents.length) throw new Error('the signature /Contents is shorter than its DER length');
  return contents.subarray(0, 2 + count + length);
}
