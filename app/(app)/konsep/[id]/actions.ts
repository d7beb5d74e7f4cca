'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { jsonPayload } from '@/lib/actions/json-payload';
import { formatJam } from '@/lib/domain/tanggal';
import { cancelKonsepSchema, naskahIdSchema, saveKonsepSchema, submitForReviewSchema } from '@/lib/domain/naskah/konsep-schema';
import { cancelKonsep } from '@/lib/services/naskah/cancel-konsep';
import { deleteLampiran } from '@/lib/services/naskah/delete-lampiran';
import { saveKonsep } from '@/lib/services/naskah/save-konsep';
import { submitForReview } from '@/lib/services/naskah/submit-for-review';
import { withdrawNaskah } from '@/lib/services/naskah/withdraw-naskah';


export const saveKonsepAction = defineAction(jsonPayload(saveKonsepSchema), async (actor, input) => {
  const saved = await saveKonsep(actor, input);
  return { ok: true, message: input.mode === 'simpan' ? `Versi ${saved.versi} tersimpan ${formatJam(saved.savedAt)}.` : `Tersimpan ${formatJam(saved.savedAt)}` };
});

export const submitForReviewAction = defineAction(jsonPayload(submitForReviewSchema), async (actor, input) => {
  const { status } = await submitForReview(actor, input);
  revalidatePath('/konsep');
  return { ok: true, message: status === 'VERIFIKASI' ? 'Naskah diajukan untuk verifikasi.' : 'Naskah diajukan langsung kepada penandatangan.' };
});

export const withdrawNaskahAction = defineAction(naskahIdSchema, async (actor, { naskahId }) => {
  await withdrawNaskah(actor, naskahId);
  revalidatePath(`/konsep/${naskahId}`);
  return { ok: true, message: 'Naskah ditarik kembali menjadi konsep.' };
});

export const deleteLampiranAction = defineAction(jsonPayload(z.object({ naskahId: z.uuid(), berkasId: z.uuid() })), async (actor, input) => {
  await deleteLampiran(actor, input);
  return { ok: true, message: 'Lampiran dihapus.' };
});

export const cancelKonsepAction = defineAction(cancelKonsepSchema, async (actor, input) => {
  await cancelKonsep(actor, input);
  redirect('/konsep?dibatalkan=1');
});
