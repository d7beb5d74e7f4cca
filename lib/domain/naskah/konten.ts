// The content of a naskah dinas, per jenis: the parts the regulation (Permendagri 1/2023,
// Peraturan ANRI 5/2021) gives each kind. Stored in Naskah.konten / VersiNaskah.konten as JSON and
// read by the editor (to show the right fields) and by lib/pdf (to lay the page out).
//
// Rich text is HTML limited to what naskah need: p, br, strong, em, u, ol (type "1" or "a"), ul,
// li, table, thead, tbody, tr, th, td. The server sanitizes it before it is stored; lib/pdf draws
// exactly these tags.
import { z } from 'zod';
import { calendarDay, FORBIDDEN_CHARACTER_MESSAGE, hasForbiddenCharacters, INVALID_DATE_MESSAGE, singleLine } from '@/lib/domain/input/fields';
import { periksaTercetak } from '@/lib/domain/input/karakter-tercetak';
import { htmlDepth, RICH_TEXT_MAX_DEPTH, RICH_TEXT_TOO_DEEP_MESSAGE } from './rich-text-depth';
import { normalizeNip } from '@/lib/domain/pegawai/nip';

export const JENIS_NASKAH_DIDUKUNG = [
  'NOTA_DINAS',
  'MEMO',
  'SURAT_DINAS',
  'SURAT_UNDANGAN',
  'SURAT_EDARAN',
  'SURAT_TUGAS',
  'SURAT_PERINTAH',
  'KEPUTUSAN',
  'BERITA_ACARA',
  'SURAT_KETERANGAN',
  'PENGUMUMAN',
  'TELAAHAN_STAF',
] as const;
export type JenisNaskahDidukung = (typeof JENIS_NASKAH_DIDUKUNG)[number];

/** Whether a stored jenis is one this app drafts and prints (older or imported rows may hold others). */
export function isJenisDidukung(jenis: string | null | undefined): jenis is JenisNaskahDidukung {
  return !!jenis && (JENIS_NASKAH_DIDUKUNG as readonly string[]).includes(jenis);
}

/** Upper bound of one rich-text field after sanitizing (a long naskah is ~50 KB of HTML). */
export const RICH_TEXT_MAX = 200_000;

// Not trimmed (the sanitizer does that); line breaks and tabs allowed, other controls refused.
const richText = z
  .string()
  .max(RICH_TEXT_MAX, 'Isi naskah terlalu panjang.')
  .refine((v) => !hasForbiddenCharacters(v, { multiLine: true }), FORBIDDEN_CHARACTER_MESSAGE)
  .refine((v) => htmlDepth(v, RICH_TEXT_MAX_DEPTH) <= RICH_TEXT_MAX_DEPTH, RICH_TEXT_TOO_DEEP_MESSAGE)
  .superRefine(periksaTercetak);
const line = (max = 500) => singleLine(max).superRefine(periksaTercetak);
/** Numbered points (Dasar, Menimbang, Mengingat...): plain text, one item each. */
const points = z.array(line(2000)).max(50, 'Paling banyak 50 butir.');

/** Nota Dinas, Memo, Surat Dinas, Berita Acara, Surat Keterangan: one body. */
export const kontenIsiSchema = z.object({ isi: richText });

/** Surat Edaran and Pengumuman carry a "TENTANG" title above the body. */
export const kontenBertajukSchema = z.object({ tentang: line(), isi: richText });

/**
 * Why an undangan cannot go up the chain for its acara date, or null: an invitation to a day already
 * past (2019 typed for 2026) was drafted, reviewed and signed without a word. Today (WIB) is allowed.
 */
export function acaraSudahLewat(jenis: string, konten: Record<string, unknown>, hariIni: string): string | null {
  return jenis === 'SURAT_UNDANGAN' && typeof konten.tanggal === 'string' && konten.tanggal !== '' && konten.tanggal < hariIni ? 'Tanggal acara sudah lewat. Periksa tanggalnya.' : null;
}

/** Surat Undangan: opening, the hari/tanggal - waktu - tempat - acara block, closing. */
export const kontenUndanganSchema = z.object({
  pembuka: richText,
  /** ISO date (yyyy-mm-dd); printed as "Senin, 7 Desember 2026". */
  // An empty or half-typed date is "not filled in yet" while drafting; a full but impossible one is refused.
  tanggal: calendarDay(INVALID_DATE_MESSAGE, 'Isi tanggal acara.'),
  /** Free text, e.g. "09.00 WIB s.d. selesai". */
  waktu: line(100),
  tempat: line(300),
  acara: line(500),
  penutup: richText,
});

/** A person named in a Surat Tugas / Surat Perintah, copied at writing time. */
export const petugasSchema = z.object({
  pegawaiId: z.uuid().optional(),
  nama: line(200).min(1, 'Isi nama.'),
  nip: z.string().transform(normalizeNip).pipe(z.string().regex(/^(\d{18})?$/, 'NIP harus 18 angka.')).optional(),
  /** "Penata Muda (III/a)". */
  pangkat: line(100).optional(),
  jabatan: line(300).min(1, 'Isi jabatan.'),
});
export type Petugas = z.infer<typeof petugasSchema>;

/** Surat Tugas and Surat Perintah: Dasar, then "Kepada" (the people), then "Untuk" (the tasks). */
export const kontenPenugasanSchema = z.object({
  dasar: points,
  petugas: z.array(petugasSchema).min(1, 'Tambahkan paling sedikit satu orang.').max(100),
  untuk: points.min(1, 'Isi paling sedikit satu tugas.'),
});

/** Keputusan: TENTANG, Menimbang, Mengingat, (Memperhatikan), MEMUTUSKAN: Menetapkan + diktum
 * (KESATU, KEDUA... are numbered by the renderer). */
export const kontenKeputusanSchema = z.object({
  tentang: line(),
  menimbang: points.min(1, 'Isi paling sedikit satu pertimbangan.'),
  mengingat: points.min(1, 'Isi paling sedikit satu dasar hukum.'),
  memperhatikan: points.default([]),
  menetapkan: line(1000),
  diktum: z.array(richText).min(1, 'Isi paling sedikit satu diktum.').max(30),
});

/** Telaahan Staf: the fixed headings of the form. */
export const kontenTelaahanSchema = z.object({
  tentang: line(),
  persoalan: richText,
  praanggapan: richText,
  fakta: richText,
  analisis: richText,
  kesimpulan: richText,
  saran: richText,
});

export const KONTEN_SCHEMA = {
  NOTA_DINAS: kontenIsiSchema,
  MEMO: kontenIsiSchema,
  SURAT_DINAS: kontenIsiSchema,
  SURAT_UNDANGAN: kontenUndanganSchema,
  SURAT_EDARAN: kontenBertajukSchema,
  SURAT_TUGAS: kontenPenugasanSchema,
  SURAT_PERINTAH: kontenPenugasanSchema,
  KEPUTUSAN: kontenKeputusanSchema,
  BERITA_ACARA: kontenIsiSchema,
  SURAT_KETERANGAN: kontenIsiSchema,
  PENGUMUMAN: kontenBertajukSchema,
  TELAAHAN_STAF: kontenTelaahanSchema,
} as const satisfies Record<JenisNaskahDidukung, z.ZodType>;

export type KontenNaskah<J extends JenisNaskahDidukung = JenisNaskahDidukung> = z.infer<(typeof KONTEN_SCHEMA)[J]>;

export const JENIS_NASKAH_LABEL: Record<JenisNaskahDidukung, string> = {
  NOTA_DINAS: 'Nota Dinas',
  MEMO: 'Memo',
  SURAT_DINAS: 'Surat Dinas',
  SURAT_UNDANGAN: 'Surat Undangan',
  SURAT_EDARAN: 'Surat Edaran',
  SURAT_TUGAS: 'Surat Tugas',
  SURAT_PERINTAH: 'Surat Perintah',
  KEPUTUSAN: 'Keputusan',
  BERITA_ACARA: 'Berita Acara',
  SURAT_KETERANGAN: 'Surat Keterangan',
  PENGUMUMAN: 'Pengumuman',
  TELAAHAN_STAF: 'Telaahan Staf',
};

/** Validates konten for its jenis; the caller sanitizes rich text before storing. */
export function parseKonten<J extends JenisNaskahDidukung>(jenis: J, konten: unknown): KontenNaskah<J> {
  return KONTEN_SCHEMA[jenis].parse(konten) as KontenNaskah<J>;
}
