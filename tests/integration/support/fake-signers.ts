// Signers for service tests that are about state, numbering and distribution rather than the
// signature itself (the mock CA tests cover that): they return the PDF unchanged, or fail.
import { SigningError, type PdfSigner, type SignerStatus, type SigningErrorCode } from '@/lib/signing/types';

export function passThroughSigner(opts: { status?: SignerStatus; failWith?: SigningErrorCode; delayMs?: number; onSign?: (passphrase: string) => void } = {}): PdfSigner {
  const signer: PdfSigner = {
    backend: 'mock-ca',
    async checkStatus() {
      return opts.status ?? 'ISSUE';
    },
    async signPdf(input) {
      opts.onSign?.(input.passphrase);
      if (opts.delayMs) await new Promise((r) => setTimeout(r, opts.delayMs));
      if (opts.failWith) throw new SigningError(opts.failWith, 'uji');
      return { pdf: input.pdf, signedAt: new Date() };
    },
    async signPdfBatch(inputs, credentials) {
      return Promise.all(inputs.map((i) => signer.signPdf({ ...i, ...credentials })));
    },
  };
  return signer;
}

/** For tests of the signing pipeline under concurrency: one person's passphrase limit (5 entries in
 * flight, passphrase-attempt.ts) is not their subject and would refuse the sixth parallel call. */
export const noPassphraseLimit = async () => ({ settle: async () => undefined });
