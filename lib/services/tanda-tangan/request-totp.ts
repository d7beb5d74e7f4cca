import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { DomainError } from '@/lib/domain/errors';
import { getSigner } from '@/lib/signing';
import type { PdfSigner } from '@/lib/signing/types';
import { toSignNaskahError, withTimeout } from './signing-errors';

/**
 * Asks the signer backend (BSrE v2 with BSRE_AUTH=totp) to send the actor a one-time code good for
 * `documents` documents; the code is then typed where the passphrase would be. Nothing is stored.
 */
export async function requestTotp({ actor, documents }: { actor: Actor; documents: number }, signer: PdfSigner = getSigner()): Promise<void> {
  assertCan(actor, 'naskah.sign');
  if (signer.credentialKind !== 'totp' || !signer.requestTotp) throw new DomainError('Penandatanganan di instansi ini memakai passphrase, bukan kode TOTP.');
  const { nik } = await prisma.pegawai.findUniqueOrThrow({ where: { id: actor.pegawaiId }, select: { nik: true } });
  try {
    await withTimeout(signer.requestTotp(nik, documents), Number(process.env.SIGN_STATUS_TIMEOUT_MS ?? 15_000));
  } catch (error) {
    throw toSignNaskahError(error);
  }
}

/** What the signing forms ask for: the passphrase, or a TOTP code (BSRE_AUTH=totp). */
export function signingCredentialKind(signer: PdfSigner = getSigner()): 'passphrase' | 'totp' {
  return signer.credentialKind ?? 'passphrase';
}
