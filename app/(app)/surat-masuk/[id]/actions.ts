'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { giveDisposisiSchema } from '@/lib/domain/disposisi/give-schema';
import { kunciLuringField } from '@/lib/domain/offline/tindakan-luring-schema';
import { jalankanSekali } from '@/lib/services/offline/sekali-per-kunci';
import { tindakLanjutSchema } from '@/lib/domain/disposisi/tindak-lanjut-schema';
import { giveDisposisi } from '@/lib/services/disposisi/give-disposisi';
import { reportTindakLanjut } from '@/lib/services/disposisi/report-tindak-lanjut';
import { withdrawDisposisi } from '@/lib/services/disposisi/withdraw-disposisi';
import { savePresetSchema } from '@/lib/domain/disposisi/preset-schema';
import { savePresetDisposisi } from '@/lib/services/disposisi/save-preset-disposisi';
import { deletePresetDisposisi } from '@/lib/services/disposisi/delete-preset-disposisi';

export const giveDisposisiAction = defineAction(giveDisposisiSchema.safeExtend(kunciLuringField), async (actor, { kunciLuring, ...input }) => {
  const earlier = await jalankanSekali(actor, kunciLuring, 'disposisi', () => giveDisposisi(actor, input));
  revalidatePath(`/surat-masuk/${input.naskahId}`);
  return earlier ? { ok: earlier.status === 'DITERAPKAN', message: earlier.pesan } : { ok: true, message: 'Disposisi terkirim.' };
});

export const withdrawDisposisiAction = defineAction(
  z.object({ disposisiId: z.uuid('Disposisi tidak dikenal.'), naskahId: z.uuid('Surat tidak dikenal.') }),
  async (actor, { disposisiId, naskahId }) => {
    try {
      await withdrawDisposisi(actor, disposisiId);
    } finally {
      // Refused because a recipient has just opened it: the page is drawn again too, so it stops
      // showing "Belum dibaca" and the button beside the refusal.
      revalidatePath(`/surat-masuk/${naskahId}`);
    }
    return { ok: true, message: 'Disposisi ditarik.' };
  },
);

export const tindakLanjutAction = defineAction(tindakLanjutSchema.extend({ naskahId: z.uuid('Surat tidak dikenal.'), ...kunciLuringField }), async (actor, { naskahId, kunciLuring, ...input }) => {
  const earlier = await jalankanSekali(actor, kunciLuring, 'tindak-lanjut', () => reportTindakLanjut(actor, input));
  revalidatePath(`/surat-masuk/${naskahId}`);
  if (earlier) return { ok: earlier.status === 'DITERAPKAN', message: earlier.pesan };
  return { ok: true, message: input.selesai ? 'Disposisi ditandai selesai.' : 'Laporan tindak lanjut tersimpan.' };
});

export const savePresetAction = defineAction(savePresetSchema.safeExtend({ naskahId: z.uuid('Surat tidak dikenal.') }), async (actor, { naskahId, ...input }) => {
  await savePresetDisposisi(actor, input);
  revalidatePath(`/surat-masuk/${naskahId}`);
  return { ok: true, message: `Preset "${input.namaPreset}" tersimpan.` };
});

export const deletePresetAction = defineAction(
  z.object({ presetId: z.uuid('Preset tidak dikenal.'), naskahId: z.uuid('Surat tidak dikenal.') }),
  async (actor, { presetId, naskahId }) => {
    await deletePresetDisposisi(actor, presetId);
    revalidatePath(`/surat-masuk/${naskahId}`);
    return { ok: true, message: 'Preset dihapus.' };
  },
);
