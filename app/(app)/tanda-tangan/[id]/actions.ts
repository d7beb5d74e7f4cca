'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { signNaskahFormSchema } from '@/lib/domain/tanda-tangan/sign-form-schema';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';

export const signNaskahAction = defineAction(signNaskahFormSchema, async (actor, { naskahId, passphrase, ulangiBelumPasti }) => {
  const signed = await signNaskah({ actor, naskahId, passphrase, ulangiBelumPasti: ulangiBelumPasti === 'on' });
  revalidatePath(`/tanda-tangan/${naskahId}`);
  revalidatePath('/tanda-tangan');
  return { ok: true, message: `Naskah ditandatangani dengan nomor ${signed.nomor}.` };
});
