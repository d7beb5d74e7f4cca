import type { Actor } from '@/lib/authz/actor';
import { DomainError } from '@/lib/domain/errors';
import { KONFIRMASI_ULANG_DIPERLUKAN } from '@/lib/domain/tanda-tangan/sign-naskah-error';
import { PASSPHRASE_KOSONG } from '@/lib/domain/tanda-tangan/sign-form-schema';
import { getSigner } from '@/lib/signing';
import type { PdfSigner } from '@/lib/signing/types';
import { checkSignerStatus } from './check-signer-status';
import { beginPassphraseAttempt, isWrongPassphrase, type BeginPassphraseAttempt } from './passphrase-attempt';
import { prepareSigning } from './prepare-signing';
import { signPrepared } from './sign-prepared';

export interface SignNaskahInput {
  actor: Actor;
  naskahId: string;
  /** The certificate's passphrase: handed to the signer, never stored or logged. */
  passphrase: string;
  /** The signer checked a "belum pasti" naskah and asks to sign it again with the same number. */
  ulangiBelumPasti?: boolean;
  now?: Date;
}

export interface SignNaskahResult {
  naskahId: string;
  nomor: string;
  kodeVerifikasi: string;
  berkasId: string;
}

/**
 * Signs a naskah waiting for the actor's signature: the next number of its OPD's sequence, the
 * FINAL PDF (number, date, QR code to the verification page), the signature, the stored file, the
 * deliveries and the audit row. It waits for the sequence's turn without holding a database
 * connection (sign-prepared.ts); a failed signature takes no number and keeps the reason for the
 * signer. The signer is a parameter so tests can inject one that fails; so is the passphrase limit
 * (passphrase-attempt.ts), which a benchmark of the pipeline replaces.
 */
export async function signNaskah(
  { actor, naskahId, passphrase, ulangiBelumPasti = false, now = new Date() }: SignNaskahInput,
  signer: PdfSigner = getSigner(),
  passphraseLimit: BeginPassphraseAttempt = beginPassphraseAttempt,
): Promise<SignNaskahResult> {
  const prepared = await prepareSigning(actor, naskahId, now);
  if (!passphrase) throw new DomainError(PASSPHRASE_KOSONG, { passphrase: [PASSPHRASE_KOSONG] });
  if (prepared.naskah.reserved && !ulangiBelumPasti) throw new DomainError(KONFIRMASI_ULANG_DIPERLUKAN);
  const attempt = await passphraseLimit(actor, [naskahId]);
  let outcome;
  try {
    await checkSignerStatus(actor, [prepared], signer);
    [outcome] = await signPrepared(actor, [prepared], { nik: prepared.signer.nik, passphrase }, signer, now);
  } finally {
    await attempt.settle(isWrongPassphrase(outcome && !outcome.ok ? outcome.error : null));
  }
  if (!outcome!.ok) throw outcome!.error;
  return { naskahId: outcome!.naskahId, nomor: outcome!.nomor, kodeVerifikasi: outcome!.kodeVerifikasi, berkasId: outcome!.berkasId };
}
