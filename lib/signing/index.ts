// TEMPORARY until the pades branch is merged (take theirs on conflict).
import type { PdfSigner } from './types';
export function getSigner(): PdfSigner {
  throw new Error('signer not merged yet');
}
