export { verifyPdf, type VerifyOptions } from './verify-pdf';
export { defaultVerifyOptions } from './defaults';
export type {
  CertificateReport,
  Indication,
  PadesLevel,
  PdfVerification,
  SignatureStatus,
  SignatureVerification,
  SubIndication,
  TimeSource,
  TimeStampReport,
  VerificationConclusion,
} from './types';
