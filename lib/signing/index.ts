// Picks the signing backend from SIGNER_BACKEND: 'mock-ca' (default; development and tests) or
// 'bsre' (BSSN esign-client-service). This is the one place a new backend is wired in.
import 'server-only';
import { BsreSigner } from './bsre';
import { MockCaSigner } from './mock-ca/mock-ca-signer';
import type { PdfSigner } from './types';

export type SignerBackend = PdfSigner['backend'];

export function signerBackend(value = process.env.SIGNER_BACKEND): SignerBackend {
  const backend = (value ?? 'mock-ca').trim() || 'mock-ca';
  if (backend !== 'mock-ca' && backend !== 'bsre') throw new Error(`SIGNER_BACKEND must be mock-ca or bsre, not "${backend}"`);
  return backend;
}

let signer: PdfSigner | undefined;

export function getSigner(): PdfSigner {
  if (signer) return signer;
  switch (signerBackend()) {
    case 'mock-ca':
      return (signer = new MockCaSigner());
    case 'bsre':
      return (signer = new BsreSigner());
  }
}
