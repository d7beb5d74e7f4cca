// The tasks the untrusted-file worker pool can run, by name. A task is an async function of one
// structured-clonable input; add one line here to run another parser off the event loop.
import { inspectPdf } from '@/lib/pdf/inspect/inspect-pdf';
import { verifyPdfTask } from '@/lib/signing/verify/verify-task';
import { parseMultipartForm } from './multipart-form';

export const untrustedTasks = {
  verifyPdf: verifyPdfTask,
  inspectPdf: async (bytes: Uint8Array) => inspectPdf(bytes),
  readForm: parseMultipartForm,
} as const;
