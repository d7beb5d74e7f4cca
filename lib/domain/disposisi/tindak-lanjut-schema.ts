import { z } from 'zod';
import { multiLine } from '@/lib/domain/input/fields';
import { MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE } from '@/lib/domain/berkas/sniff';

export const MAX_LAMPIRAN_TINDAK_LANJUT = 5;

/** An empty file input still sends one nameless, empty File: that means "no attachment". */
const lampiran = z.preprocess(
  (v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).filter((f) => !(f instanceof File && f.size === 0 && !f.name)),
  z
    .array(z.instanceof(File, { error: 'Lampiran harus berkas.' }).refine((f) => f.size <= MAX_UPLOAD_BYTES, UPLOAD_TOO_LARGE_MESSAGE))
    .max(MAX_LAMPIRAN_TINDAK_LANJUT, `Paling banyak ${MAX_LAMPIRAN_TINDAK_LANJUT} lampiran.`),
);

export const tindakLanjutSchema = z.object({
  penerimaDisposisiId: z.uuid('Disposisi tidak dikenal.'),
  catatan: multiLine(4000, 'Laporan paling panjang 4.000 karakter.').min(1, 'Tulis laporan tindak lanjut.'),
  selesai: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
  lampiran: lampiran.default([]),
});

export type TindakLanjutInput = z.infer<typeof tindakLanjutSchema>;
