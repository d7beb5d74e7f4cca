'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { opdFieldsSchema } from '@/lib/domain/admin/schemas';
import { createOpd } from '@/lib/services/admin/create-opd';

export const createOpdAction = defineAction(opdFieldsSchema, async (actor, input) => {
  const { opdId } = await createOpd(actor, input);
  redirect(`/admin/opd/${opdId}`);
});
