// Picking a kode klasifikasi arsip in a form: from a select while the instansi's list is short, typed
// with suggestions from the server once it is long (components/klasifikasi/klasifikasi-arsip-input.tsx).
import { z } from 'zod';
import { KLASIFIKASI_PATTERN } from '@/lib/domain/admin/klasifikasi';
import { singleLine } from '@/lib/domain/input/fields';

/**
 * Up to this many active codes a form offers them all in a select. A full Permendagri 83/2022 list is
 * far longer: as a select it put every code twice (HTML and flight data) on each konsep and
 * registration page and could not be searched on a phone, so beyond this the kode is typed.
 */
export const KLASIFIKASI_DAFTAR_MAX = 100;

/** What the person has typed so far, as the suggestions route takes it (GET /cari/klasifikasi?teks=). */
export const klasifikasiPilihanSchema = z.object({
  teks: z.preprocess((v) => v ?? '', singleLine(60, 'Teks klasifikasi paling panjang 60 karakter.')),
});

/** A suggestion: the kode is what is typed and shown; the id is what a konsep stores. */
export interface KlasifikasiPilihan {
  id: string;
  kode: string;
  nama: string;
}

/** A typed kode klasifikasi in a form field: empty is none; anything else must look like a kode. */
export const kodeKlasifikasiDiketik = z
  .string()
  .optional()
  .transform((v) => v?.trim() || null)
  .pipe(z.string().max(40, 'Kode klasifikasi arsip terlalu panjang.').regex(KLASIFIKASI_PATTERN, 'Tulis kode klasifikasi arsip seperti 000.1.2, atau pilih dari saran.').nullable());
