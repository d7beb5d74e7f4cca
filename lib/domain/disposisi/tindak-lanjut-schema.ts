import { z } from 'zod';

export const tindakLanjutSchema = z.object({
  penerimaDisposisiId: z.uuid('Disposisi tidak dikenal.'),
  catatan: z.string().trim().min(1, 'Tulis laporan tindak lanjut.').max(4000, 'Laporan paling panjang 4.000 karakter.'),
  selesai: z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean()),
});

export type TindakLanjutInput = z.infer<typeof tindakLanjutSchema>;
