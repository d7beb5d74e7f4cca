'use server';

import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { revokeRoleSchema } from '@/lib/domain/admin/schemas';
import { revokeRole } from '@/lib/services/admin/revoke-role';

export const revokeRoleAction = defineAction(revokeRoleSchema, async (actor, input) => {
  await revokeRole(actor, input);
  revalidatePath('/admin/peran');
  return { ok: true, message: 'Peran dicabut.' };
});
