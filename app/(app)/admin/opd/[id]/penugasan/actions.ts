'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { batalkanPenugasanSchema, endPenugasanSchema, penugasanSchema } from '@/lib/domain/admin/schemas';
import { batalkanPenugasan } from '@/lib/services/admin/batalkan-penugasan';
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

export const batalkanPenugasanAction = defineAction(batalkanPenugasanSchema, async (actor, input) => {
  await batalkanPenugasan(actor, input);
  revalidatePath('/admin/opd/[id]/penugasan', 'page');
  return { ok: true, message: 'Penugasan dibatalkan.' };
});
