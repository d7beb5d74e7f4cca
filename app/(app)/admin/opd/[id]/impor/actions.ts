'use server';

import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action';
import { importOpdCsv } from '@/lib/services/admin/import-opd-csv';

const optionalFile = z.instanceof(File).optional();
const importSchema = z.object({ opdId: z.uuid(), mode: z.enum(['periksa', 'impor']), unit: optionalFile, jabatan: optionalFile, pegawai: optionalFile });

const bytesOf = async (f?: File) => (f && f.size > 0 ? new Uint8Array(await f.arrayBuffer()) : undefined);

export const importOpdCsvAction = defineAction(importSchema, async (actor, input) => {
  const files = { unit: await bytesOf(input.unit), jabatan: await bytesOf(input.jabatan), pegawai: await bytesOf(input.pegawai) };
  const r = await importOpdCsv(actor, { opdId: input.opdId, files, dryRun: input.mode === 'periksa' });
  const jumlah = `${r.counts.unit} unit kerja, ${r.counts.jabatan} jabatan, ${r.counts.pegawai} pegawai`;
  if (!r.ok) return { ok: false, message: null, fieldErrors: { rows: r.errors } };
  if (!r.written) return { ok: true, keepInput: true, message: `Pemeriksaan selesai tanpa kesalahan: ${jumlah} siap diimpor. Tekan "Impor" untuk menyimpannya.` };
  revalidatePath('/admin', 'layout');
  return { ok: true, message: `Impor selesai: ${jumlah} disimpan. Pegawai baru belum punya kata sandi; terbitkan dari halaman pegawai.` };
});
