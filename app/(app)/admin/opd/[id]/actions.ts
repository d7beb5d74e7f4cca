'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { updateOpdSchema } from '@/lib/domain/admin/schemas';
import { updateOpd } from '@/lib/services/admin/update-opd';
import { uploadOpdLogo } from '@/lib/services/admin/upload-opd-logo';

export const updateOpdAction = defineAction(updateOpdSchema, async (actor, input) => {
  await updateOpd(actor, input);
  revalidatePath(`/admin/opd/${input.opdId}`);
  return { ok: true, message: 'Data OPD disimpan.' };
});

const logoSchema = z.object({ opdId: z.uuid(), logo: z.instanceof(File, { message: 'Pilih berkas logo.' }) });

export const uploadOpdLogoAction = defineAction(logoSchema, async (actor, input) => {
  await uploadOpdLogo(actor, { opdId: input.opdId, bytes: new Uint8Array(await input.logo.arrayBuffer()) });
  revalidatePath(`/admin/opd/${input.opdId}`);
  return { ok: true, message: 'Logo disimpan.' };
});
