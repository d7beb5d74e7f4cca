import { z } from 'zod';
import { multiLine, singleLine } from '@/lib/domain/input/fields';

/** A post keeps at most this many presets: they are one-tap buttons, not a library. */
export const MAX_PRESET_PER_JABATAN = 6;

const list = (item: z.ZodType<string>) => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(item));

/** "Kabid Aptika, untuk ditindaklanjuti": recipients, instructions and a note saved under a name. */
export const savePresetSchema = z
  .object({
    namaPreset: z.string({ error: 'Beri nama preset.' }).pipe(singleLine(60, 'Nama preset paling panjang 60 karakter.').min(1, 'Beri nama preset.')),
    penerima: list(z.uuid('Penerima tidak dikenal.')).pipe(z.array(z.string()).min(1, 'Pilih sedikitnya satu penerima untuk preset.').max(30, 'Penerima terlalu banyak.')),
    instruksi: list(singleLine(200).min(1)).pipe(z.array(z.string()).max(20, 'Instruksi terlalu banyak.')),
    catatan: multiLine(2000, 'Catatan paling panjang 2.000 karakter.').optional().transform((v) => v || null),
    /** The deadline chip chosen with it, as days from the day the preset is used; empty = none. */
    batasHari: z
      .string()
      .optional()
      .transform((v) => (v ? Number(v) : null))
      .pipe(z.number().int().min(0).max(366, 'Batas waktu preset tidak valid.').nullable()),
  })
  .refine((v) => v.instruksi.length > 0 || v.catatan, { message: 'Pilih instruksi atau tulis catatan.', path: ['instruksi'] });

export type SavePresetInput = z.infer<typeof savePresetSchema>;
