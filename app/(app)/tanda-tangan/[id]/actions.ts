'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { SignNaskahError } from '@/lib/domain/tanda-tangan/sign-naskah-error';
import { signNaskahFormSchema } from '@/lib/domain/tanda-tangan/sign-form-schema';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';
import { limitPassphrase, passphraseAccepted } from '@/lib/security/rate-limit';

export const signNaskahAction = defineAction(signNaskahFormSchema, async (actor, { naskahId, passphrase, ulangiBelumPasti }) => {
  await limitPassphrase(actor.pegawaiId);
  let signed;
  try {
    signed = await signNaskah({ actor, naskahId, passphrase, ulangiBelumPasti: ulangiBelumPasti === 'on' });
  } catch (error) {
    // Only a wrong passphrase uses up the limit: a busy signer or a wrong state gives the point back.
    if (!(error instanceof SignNaskahError && error.code === 'WRONG_PASSPHRASE')) await passphraseAccepted(actor.pegawaiId);
    throw error;
  }
  await passphraseAccepted(actor.pegawaiId);
  revalidatePath(`/tanda-tangan/${naskahId}`);
  revalidatePath('/tanda-tangan');
  return { ok: true, message: `Naskah ditandatangani dengan nomor ${signed.nomor}.` };
});
