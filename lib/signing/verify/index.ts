export { verifyPdf, type VerifyOptions } from './verify-pdf';
export { defaultVerifyOptions } from './defaults';
export type { PdfVerification, SignatureVerification, SignatureStatus, VerificationConclusion, PadesLevel } from './types';
