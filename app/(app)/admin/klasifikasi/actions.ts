'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { klasifikasiSchema } from '@/lib/domain/admin/schemas';
import { createKlasifikasi } from '@/lib/services/admin/create-klasifikasi';
import { importKlasifikasiCsv } from '@/lib/services/admin/import-klasifikasi-csv';

export const createKlasifikasiAction = defineAction(klasifikasiSchema, async (actor, input) => {
  await createKlasifikasi(actor, input);
  revalidatePath('/admin/klasifikasi');
  return { ok: true, message: 'Kode klasifikasi ditambahkan.' };
});

const importSchema = z.object({ mode: z.enum(['periksa', 'impor']), berkas: z.instanceof(File, { message: 'Pilih berkas CSV.' }) });

export const importKlasifikasiAction = defineAction(importSchema, async (actor, input) => {
  const r = await importKlasifikasiCsv(actor, { bytes: new Uint8Array(await input.berkas.arrayBuffer()), dryRun: input.mode === 'periksa' });
  if (!r.ok) return { ok: false, message: null, fieldErrors: { rows: r.errors } };
  if (input.mode === 'periksa') return { ok: true, keepInput: true, message: `${r.count} kode siap diimpor. Tekan "Impor" untuk menyimpannya.` };
  revalidatePath('/admin/klasifikasi');
  return { ok: true, message: `${r.count} kode klasifikasi diimpor.` };
});
