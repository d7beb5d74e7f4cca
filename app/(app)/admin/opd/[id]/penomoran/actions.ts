'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { templatePenomoranSchema } from '@/lib/domain/admin/schemas';
import { saveTemplatePenomoran } from '@/lib/services/admin/save-template-penomoran';

export const saveTemplatePenomoranAction = defineAction(templatePenomoranSchema, async (actor, input) => {
  await saveTemplatePenomoran(actor, input);
  revalidatePath('/admin/opd/[id]/penomoran', 'page');
  return { ok: true, message: 'Template nomor disimpan.' };
});
