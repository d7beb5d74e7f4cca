'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { createBerkasArsipSchema, moveArsipSchema } from '@/lib/domain/arsip/schemas';
import { createBerkasArsip } from '@/lib/services/arsip/create-berkas-arsip';
import { moveArsip } from '@/lib/services/arsip/move-arsip';

export const moveArsipAction = defineAction(moveArsipSchema, async (actor, input) => {
  const r = await moveArsip(actor, input);
  revalidatePath('/arsip/daftar');
  return { ok: true, message: `${r.moved} arsip dipindahkan.` };
});

export const createBerkasArsipAction = defineAction(createBerkasArsipSchema, async (actor, input) => {
  await createBerkasArsip(actor, input);
  revalidatePath('/arsip/daftar');
  return { ok: true, message: 'Berkas dibuat.' };
});
