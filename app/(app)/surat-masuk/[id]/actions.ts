'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { tindakLanjutSchema } from '@/lib/domain/disposisi/tindak-lanjut-schema';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { reportTindakLanjut } from '@/lib/services/disposisi/report-tindak-lanjut';
import { withdrawDisposisi } from '@/lib/services/disposisi/withdraw-disposisi';

export const giveDisposisiAction = defineAction(giveDisposisiSchema, async (actor, input) => {
  await giveDisposisi(actor, input);
  revalidatePath(`/surat-masuk/${input.naskahId}`);
  return { ok: true, message: 'Disposisi terkirim.' };
});

export const withdrawDisposisiAction = defineAction(
  z.object({ disposisiId: z.uuid('Disposisi tidak dikenal.'), naskahId: z.uuid('Surat tidak dikenal.') }),
  async (actor, { disposisiId, naskahId }) => {
    await withdrawDisposisi(actor, disposisiId);
    revalidatePath(`/surat-masuk/${naskahId}`);
    return { ok: true, message: 'Disposisi ditarik.' };
  },
);

export const tindakLanjutAction = defineAction(tindakLanjutSchema.extend({ naskahId: z.uuid('Surat tidak dikenal.') }), async (actor, { naskahId, ...input }) => {
  await reportTindakLanjut(actor, input);
  revalidatePath(`/surat-masuk/${naskahId}`);
  return { ok: true, message: input.selesai ? 'Disposisi ditandai selesai.' : 'Laporan tindak lanjut tersimpan.' };
});
