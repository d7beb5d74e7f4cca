// The tasks the untrusted-file worker pool can run, by name. A task is an async function of one
// structured-clonable input; add one line here to run another parser off the event loop.
import { verifyPdfTask } from '@/lib/signing/verify/verify-task';

export const untrustedTasks = {
  verifyPdf: verifyPdfTask,
} as const;
