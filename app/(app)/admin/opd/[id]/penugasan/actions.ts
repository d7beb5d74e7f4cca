'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { endPenugasanSchema, penugasanSchema } from '@/lib/domain/admin/schemas';
import { assignPenugasan } from '@/lib/services/admin/assign-penugasan';
import { endPenugasan } from '@/lib/services/admin/end-penugasan';

export const assignPenugasanAction = defineAction(penugasanSchema, async (actor, input) => {
  await assignPenugasan(actor, input);
  revalidatePath('/admin/opd/[id]/penugasan', 'page');
  return { ok: true, message: 'Penugasan disimpan.' };
});

export const endPenugasanAction = defineAction(endPenugasanSchema, async (actor, input) => {
  await endPenugasan(actor, input);
  revalidatePath('/admin/opd/[id]/penugasan', 'page');
  return { ok: true, message: 'Penugasan diakhiri.' };
});
