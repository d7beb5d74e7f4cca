'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { preferensiSchema } from '@/lib/domain/notifikasi/preferensi-schema';
import { savePreferensi } from '@/lib/services/notifikasi/save-preferensi';

export const savePreferensiAction = defineAction(preferensiSchema, async (actor, input) => {
  await savePreferensi(actor, input);
  revalidatePath('/notifikasi/pengaturan');
  return { ok: true, message: 'Pengaturan notifikasi disimpan.', keepInput: true };
});
