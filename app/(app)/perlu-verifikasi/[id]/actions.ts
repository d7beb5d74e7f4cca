'use server';

import { redirect } from 'next/navigation';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { jsonPayload } from '@/lib/actions/json-payload';
import { editAsVerifikatorSchema, naskahIdSchema, returnToDrafterSchema } from '@/lib/domain/naskah/konsep-schema';
import { approveNaskah } from '@/lib/services/naskah/approve-naskah';
import { editAsVerifikator } from '@/lib/services/naskah/edit-as-verifikator';
import { returnToDrafter } from '@/lib/services/naskah/return-to-drafter';

export const approveNaskahAction = defineAction(naskahIdSchema, async (actor, { naskahId }) => {
  await approveNaskah(actor, naskahId);
  redirect('/perlu-verifikasi?paraf=1');
});

export const returnToDrafterAction = defineAction(returnToDrafterSchema, async (actor, input) => {
  await returnToDrafter(actor, input);
  redirect('/perlu-verifikasi?dikembalikan=1');
});

export const editAsVerifikatorAction = defineAction(jsonPayload(editAsVerifikatorSchema), async (actor, input) => {
  const { versi } = await editAsVerifikator(actor, input);
  revalidatePath(`/perlu-verifikasi/${input.naskahId}`);
  return { ok: true, message: `Perubahan tersimpan sebagai versi ${versi}.` };
});
