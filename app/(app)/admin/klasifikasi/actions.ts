'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { klasifikasiAktifSchema, klasifikasiSchema, renameKlasifikasiSchema } from '@/lib/domain/admin/schemas';
import { updateJraSchema } from '@/lib/domain/arsip/schemas';
import { createKlasifikasi } from '@/lib/services/admin/create-klasifikasi';
import { importKlasifikasiCsv } from '@/lib/services/admin/import-klasifikasi-csv';
import { renameKlasifikasi } from '@/lib/services/admin/rename-klasifikasi';
import { setKlasifikasiAktif } from '@/lib/services/admin/set-klasifikasi-aktif';
import { importJraCsv } from '@/lib/services/arsip/import-jra-csv';
import { updateJra } from '@/lib/services/arsip/update-jra';

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

export const importJraAction = defineAction(importSchema, async (actor, input) => {
  const r = await importJraCsv(actor, { bytes: new Uint8Array(await input.berkas.arrayBuffer()), dryRun: input.mode === 'periksa' });
  if (!r.ok) return { ok: false, message: null, fieldErrors: { rows: r.errors } };
  if (input.mode === 'periksa') return { ok: true, keepInput: true, message: `${r.count} entri JRA siap diimpor. Tekan "Impor" untuk menyimpannya.` };
  revalidatePath('/admin/klasifikasi');
  return { ok: true, message: `${r.count} entri JRA diimpor; tanggal retensi ${r.arsipDiperbarui} arsip diperbarui.` };
});

export const updateJraAction = defineAction(updateJraSchema, async (actor, input) => {
  const r = await updateJra(actor, input);
  revalidatePath('/admin/klasifikasi');
  return { ok: true, message: `JRA disimpan; tanggal retensi ${r.arsipDiperbarui} arsip diperbarui.` };
});

const refresh = () => {
  revalidatePath('/admin/klasifikasi');
  revalidatePath('/admin/klasifikasi/[id]', 'page');
};

export const renameKlasifikasiAction = defineAction(renameKlasifikasiSchema, async (actor, input) => {
  await renameKlasifikasi(actor, input);
  refresh();
  return { ok: true, keepInput: true, message: 'Nama klasifikasi diganti.' };
});

export const setKlasifikasiAktifAction = defineAction(klasifikasiAktifSchema, async (actor, input) => {
  await setKlasifikasiAktif(actor, input);
  refresh();
  return { ok: true, message: input.aktif ? 'Kode diaktifkan kembali; kode ini ditawarkan lagi.' : 'Kode dinonaktifkan; tidak ditawarkan lagi untuk naskah dan arsip baru.' };
});
