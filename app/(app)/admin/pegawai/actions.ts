'use server';

import { redirect } from 'next/navigation';
import { defineAction } from '@/lib/actions/define-action';
import { createPegawaiSchema } from '@/lib/domain/admin/schemas';
import { createPegawai } from '@/lib/services/admin/create-pegawai';

export const createPegawaiAction = defineAction(createPegawaiSchema, async (actor, input) => {
  const { pegawaiId } = await createPegawai(actor, input);
  redirect(`/admin/pegawai/${pegawaiId}`);
});
