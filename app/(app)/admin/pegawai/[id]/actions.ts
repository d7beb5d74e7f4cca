'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { grantRoleSchema, pegawaiIdSchema, updatePegawaiSchema } from '@/lib/domain/admin/schemas';
import { grantRole } from '@/lib/services/admin/grant-role';
import { resetPegawaiPassword } from '@/lib/services/admin/reset-pegawai-password';
import { setPegawaiAktif } from '@/lib/services/admin/set-pegawai-aktif';
import { updatePegawai } from '@/lib/services/admin/update-pegawai';

const refresh = () => revalidatePath('/admin/pegawai/[id]', 'page');

export const updatePegawaiAction = defineAction(updatePegawaiSchema, async (actor, input) => {
  await updatePegawai(actor, input);
  refresh();
  return { ok: true, message: 'Data pegawai disimpan.' };
});

export const resetPasswordAction = defineAction(pegawaiIdSchema, async (actor, input) => {
  const { password } = await resetPegawaiPassword(actor, input);
  refresh();
  return { ok: true, message: `Kata sandi sementara: ${password} — berikan kepada pegawai; hanya ditampilkan sekali.` };
});

export const setAktifAction = defineAction(pegawaiIdSchema.extend({ aktif: z.enum(['true', 'false']).transform((v) => v === 'true') }), async (actor, input) => {
  await setPegawaiAktif(actor, input);
  refresh();
  return { ok: true, message: input.aktif ? 'Pegawai diaktifkan.' : 'Pegawai dinonaktifkan.' };
});

export const grantRoleAction = defineAction(grantRoleSchema, async (actor, input) => {
  await grantRole(actor, input);
  refresh();
  return { ok: true, message: 'Peran diberikan.' };
});
