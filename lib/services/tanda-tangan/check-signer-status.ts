import type { Actor } from '@/lib/authz/actor';
import { assertMaySign } from '@/lib/signing/bsre/status';
import type { PdfSigner } from '@/lib/signing/types';
import type { PreparedSigning } from './prepare-signing';
import { recordSigningFailure } from './record-signing-failure';
import { toSignNaskahError, withTimeout } from './signing-errors';

/** The signer's certificate may sign, asked before anyone waits for a turn; else the reason is kept on each naskah. */
export async function checkSignerStatus(actor: Actor, items: PreparedSigning[], signer: PdfSigner): Promise<void> {
  try {
    assertMaySign(await withTimeout(signer.checkStatus(items[0]!.signer.nik), Number(process.env.SIGN_STATUS_TIMEOUT_MS ?? 15_000)));
  } catch (error) {
    const failure = toSignNaskahError(error);
    for (const item of items) await recordSigningFailure(actor, item, failure);
    throw failure;
  }
}
