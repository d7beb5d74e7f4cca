'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { requestEksporLengkap } from '@/lib/services/arsip/request-ekspor-lengkap';

export const requestEksporAction = defineAction(z.object({}), async (actor) => {
  await requestEksporLengkap(actor);
  revalidatePath('/arsip/ekspor');
  return { ok: true, message: 'Ekspor dimulai. Kemajuannya tampil di bawah.' };
});
