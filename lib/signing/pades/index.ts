// PAdES plumbing (B-T signing, then DSS and document time-stamp for B-LTA), independent of who
// holds the key (mock CA in-process, BSrE, an HSM).
export { signPades, DEFAULT_SIGNATURE_BYTES } from './sign-pades';
export type { SignPadesInput } from './sign-pades';
export { signatureContents } from './signature-contents';
export type { SignatureProvider, LongTermValidationSource } from './signature-provider';
export { appendDss, type ValidationData } from './dss';
export { appendDocumentTimeStamp } from './doc-timestamp';
export { extendToLt, extendToLta } from './extend-lta';
export { remoteLtv, collectValidationData } from './remote-ltv';
export { vriKey } from './vri';
export { appendIncrementalUpdate } from './incremental-writer';
