// The one rule for a passphrase entry, for a single signature and a batch alike: each entry takes a
// point of the per-pegawai limit (lib/security/rate-limit.ts) and gives it back unless BSrE or the
// mock CA said the passphrase was wrong. Refusals are audited; the passphrase never is.
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { SignNaskahError } from '@/lib/domain/tanda-tangan/sign-naskah-error';
import { TooManyAttemptsError } from '@/lib/domain/too-many-attempts';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { limitPassphrase, passphraseAccepted } from '@/lib/security/rate-limit';

export interface PassphraseAttempt {
  /** Call once the entry's outcome is known: `wrongPassphrase` keeps the point. */
  settle(wrongPassphrase: boolean): Promise<void>;
}

export type BeginPassphraseAttempt = (actor: Actor, naskahIds: string[]) => Promise<PassphraseAttempt>;

/** Takes the entry's point, or throws TooManyAttemptsError (the first refusal of a window is audited). */
export async function beginPassphraseAttempt(actor: Actor, naskahIds: string[]): Promise<PassphraseAttempt> {
  const refusal = await limitPassphrase(actor.pegawaiId);
  if (refusal) {
    if (refusal.first) {
      await prisma.$transaction((tx) =>
        recordAudit(tx, actor, {
          instansiId: actor.instansiId,
          opdId: actor.activePost?.opdId ?? null,
          action: 'pegawai.throttlePassphrase',
          entityType: 'Pegawai',
          entityId: actor.pegawaiId,
          after: { menit: Math.ceil(refusal.retryAfterMs / 60_000), naskah: naskahIds.length },
        }),
      );
    }
    throw new TooManyAttemptsError(refusal.retryAfterMs);
  }
  let settled = false;
  return {
    async settle(wrongPassphrase) {
      if (settled) return;
      settled = true;
      if (!wrongPassphrase) await passphraseAccepted(actor.pegawaiId);
    },
  };
}

/** Whether an outcome's error was BSrE's (or the mock CA's) "wrong passphrase" or "wrong TOTP code". */
export const isWrongPassphrase = (error: unknown) => error instanceof SignNaskahError && (error.code === 'WRONG_PASSPHRASE' || error.code === 'WRONG_TOTP');
