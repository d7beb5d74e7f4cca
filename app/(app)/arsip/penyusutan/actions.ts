'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { createPenyusutanSchema } from '@/lib/domain/arsip/schemas';
import { cancelPenyusutan } from '@/lib/services/arsip/cancel-penyusutan';
import { createPenyusutan } from '@/lib/services/arsip/create-penyusutan';
import { executePenyusutan } from '@/lib/services/arsip/execute-penyusutan';

export const createPenyusutanAction = defineAction(createPenyusutanSchema, async (actor, input) => {
  const { penyusutanId } = await createPenyusutan(actor, input);
  redirect(`/arsip/penyusutan/${penyusutanId}`);
});

const idSchema = z.object({ penyusutanId: z.uuid('Daftar tidak dikenal.') });

export const executePenyusutanAction = defineAction(idSchema, async (actor, input) => {
  const r = await executePenyusutan(actor, input.penyusutanId);
  revalidatePath(`/arsip/penyusutan/${input.penyusutanId}`);
  return { ok: true, message: `Penyusutan dilaksanakan untuk ${r.jumlah} arsip${r.berkasDihapus ? `; ${r.berkasDihapus} berkas dihapus dari penyimpanan` : ''}.` };
});

export const cancelPenyusutanAction = defineAction(idSchema, async (actor, input) => {
  await cancelPenyusutan(actor, input.penyusutanId);
  revalidatePath(`/arsip/penyusutan/${input.penyusutanId}`);
  return { ok: true, message: 'Daftar dibatalkan.' };
});
