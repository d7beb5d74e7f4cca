'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { createKonsepSchema } from '@/lib/domain/naskah/konsep-schema';
import { createKonsep } from '@/lib/services/naskah/create-konsep';

export const createKonsepAction = defineAction(createKonsepSchema, async (actor, input) => {
  const { naskahId } = await createKonsep(actor, input);
  redirect(`/konsep/${naskahId}`);
});
