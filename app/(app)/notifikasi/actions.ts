'use server';

import { z } from 'zod';
import { revalidatePath } from 'next/cache';
import { defineAction } from '@/lib/actions/define-action';
import { markNotifikasiRead } from '@/lib/services/notifikasi/mark-notifikasi-read';

export const markNotifikasiReadAction = defineAction(
  z.object({ id: z.uuid('Notifikasi tidak dikenal.').optional() }),
  async (actor, input) => {
    await markNotifikasiRead(actor, input);
    revalidatePath('/', 'layout');
  },
);
