import { z } from 'zod';
import { calendarDay, multiLine, singleLine } from '@/lib/domain/input/fields';

/** Checkbox groups arrive as one string or several; a missing group as undefined. */
const list = (item: z.ZodType<string>) => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));

export const giveDisposisiSchema = z.object({
  naskahId: z.uuid('Surat tidak dikenal.'),
  penerima: list(z.uuid('Penerima tidak dikenal.'))
    .pipe(z.array(z.string()).min(1, 'Pilih sedikitnya satu penerima disposisi.').max(30, 'Penerima disposisi terlalu banyak (paling banyak 30).')),
  instruksi: list(singleLine(200).min(1)).pipe(z.array(z.string()).max(20, 'Instruksi terlalu banyak.')),
  catatan: multiLine(2000, 'Catatan paling panjang 2.000 karakter.').optional().transform((v) => v || null),
  batasWaktu: z
    .string()
    .optional()
    .transform((v) => v || null)
    .pipe(calendarDay('Tanggal batas waktu tidak valid.').nullable()),
  derajatKecepatan: z.enum(['BIASA', 'SEGERA', 'SANGAT_SEGERA'], { error: 'Pilih derajat kecepatan.' }).default('BIASA'),
}).refine((v) => v.instruksi.length > 0 || v.catatan, { message: 'Pilih instruksi atau tulis catatan.', path: ['instruksi'] });

export type GiveDisposisiInput = z.infer<typeof giveDisposisiSchema>;

/** A deadline is the end of that day in WIB. */
export function endOfDayWib(day: string): Date {
  return new Date(`${day}T23:59:59+07:00`);
}
