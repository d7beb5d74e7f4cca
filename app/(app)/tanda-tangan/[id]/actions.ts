'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { reconcileFormSchema, signNaskahFormSchema } from '@/lib/domain/tanda-tangan/sign-form-schema';
import { reconcileBelumPasti } from '@/lib/services/tanda-tangan/reconcile-belum-pasti';
import { signNaskah } from '@/lib/services/tanda-tangan/sign-naskah';

export const signNaskahAction = defineAction(signNaskahFormSchema, async (actor, { naskahId, passphrase, ulangiBelumPasti }) => {
  const signed = await signNaskah({ actor, naskahId, passphrase, ulangiBelumPasti: ulangiBelumPasti === 'on' });
  revalidatePath(`/tanda-tangan/${naskahId}`);
  revalidatePath('/tanda-tangan');
  return { ok: true, message: `Naskah ditandatangani dengan nomor ${signed.nomor}.` };
});

/** Asks BSrE for the document of a "belum pasti" attempt, instead of signing it again. */
export const reconcileBelumPastiAction = defineAction(reconcileFormSchema, async (actor, { naskahId }) => {
  const signed = await reconcileBelumPasti({ actor, naskahId });
  revalidatePath(`/tanda-tangan/${naskahId}`);
  revalidatePath('/tanda-tangan');
  return { ok: true, message: `BSrE sudah menandatangani naskah ini sebelumnya. Naskah tercatat ditandatangani dengan nomor ${signed.nomor}; tidak perlu menandatangani ulang.` };
});
