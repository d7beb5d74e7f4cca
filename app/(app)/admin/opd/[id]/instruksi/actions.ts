'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { instruksiSchema, instruksiToggleSchema } from '@/lib/domain/admin/schemas';
import { addInstruksiDisposisi } from '@/lib/services/admin/add-instruksi-disposisi';
import { setInstruksiAktif } from '@/lib/services/admin/set-instruksi-aktif';

const refresh = () => revalidatePath('/admin/opd/[id]/instruksi', 'page');

export const addInstruksiAction = defineAction(instruksiSchema, async (actor, input) => {
  await addInstruksiDisposisi(actor, input);
  refresh();
  return { ok: true, message: 'Instruksi ditambahkan.' };
});

export const addInstruksiBawaanAction = defineAction(z.object({ opdId: z.uuid() }), async (actor, input) => {
  const { added } = await addInstruksiDisposisi(actor, { opdId: input.opdId, teks: null });
  refresh();
  return { ok: true, message: added ? `${added} instruksi bawaan ditambahkan.` : 'Semua instruksi bawaan sudah ada.' };
});

export const setInstruksiAktifAction = defineAction(instruksiToggleSchema, async (actor, input) => {
  await setInstruksiAktif(actor, input);
  refresh();
});
