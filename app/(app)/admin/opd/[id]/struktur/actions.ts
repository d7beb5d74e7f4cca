'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { jabatanSchema, moveNodeSchema, nodeIdSchema, renameNodeSchema, unitKerjaSchema } from '@/lib/domain/admin/schemas';
import { createJabatan } from '@/lib/services/admin/create-jabatan';
import { createUnitKerja } from '@/lib/services/admin/create-unit-kerja';
import { deactivateJabatan } from '@/lib/services/admin/deactivate-jabatan';
import { deactivateUnitKerja } from '@/lib/services/admin/deactivate-unit-kerja';
import { moveJabatan } from '@/lib/services/admin/move-jabatan';
import { moveUnitKerja } from '@/lib/services/admin/move-unit-kerja';
import { renameJabatan } from '@/lib/services/admin/rename-jabatan';
import { renameUnitKerja } from '@/lib/services/admin/rename-unit-kerja';

const done = (message: string) => {
  revalidatePath('/admin/opd/[id]/struktur', 'page');
  return { ok: true, message };
};

export const createUnitKerjaAction = defineAction(unitKerjaSchema, async (actor, input) => {
  await createUnitKerja(actor, input);
  return done('Unit kerja ditambahkan.');
});
export const createJabatanAction = defineAction(jabatanSchema, async (actor, input) => {
  await createJabatan(actor, input);
  return done('Jabatan ditambahkan.');
});
export const renameJabatanAction = defineAction(renameNodeSchema, async (actor, input) => {
  await renameJabatan(actor, input);
  return done('Nama jabatan diubah.');
});
export const renameUnitKerjaAction = defineAction(renameNodeSchema, async (actor, input) => {
  await renameUnitKerja(actor, input);
  return done('Nama unit diubah.');
});
export const moveJabatanAction = defineAction(moveNodeSchema, async (actor, input) => {
  await moveJabatan(actor, input);
  return done('Jabatan dipindahkan.');
});
export const moveUnitKerjaAction = defineAction(moveNodeSchema, async (actor, input) => {
  await moveUnitKerja(actor, input);
  return done('Unit dipindahkan.');
});
export const deactivateJabatanAction = defineAction(nodeIdSchema.extend({ opdId: nodeIdSchema.shape.id }), async (actor, input) => {
  await deactivateJabatan(actor, input);
  redirect(`/admin/opd/${input.opdId}/struktur`);
});
export const deactivateUnitKerjaAction = defineAction(nodeIdSchema.extend({ opdId: nodeIdSchema.shape.id }), async (actor, input) => {
  await deactivateUnitKerja(actor, input);
  redirect(`/admin/opd/${input.opdId}/struktur`);
});
