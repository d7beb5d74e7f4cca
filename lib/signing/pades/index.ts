// PAdES B-LT plumbing, independent of who holds the key (mock CA in-process, BSrE, an HSM).
export { signPades, signatureContents, DEFAULT_SIGNATURE_BYTES } from './sign-pades';
export type { SignPadesInput } from './sign-pades';
export type { SignatureProvider, LongTermValidationSource } from './signature-provider';
export { appendDss, type ValidationData } from './dss';
export { vriKey } from './vri';
export { appendIncrementalUpdate } from './incremental-writer';
