// Input schemas of the admin forms. Actions parse FormData with these; services take the parsed types.
import { z } from 'zod';
import { calendarDay, hasForbiddenCharacters, kosongTakDisaring, multiLine, optionalCalendarDay, optionalLine, singleLine } from '@/lib/domain/input/fields';
import { checkTemplateCharacters } from '@/lib/domain/penomoran/format-nomor';
import { pegawaiFieldsSchema } from '@/lib/domain/pegawai/pegawai-schema';
import { isAksiAudit, type AksiAudit } from '@/lib/domain/audit/aksi-audit';
import { JENIS_JABATAN, JENIS_UNIT } from './import-csv';

const id = z.uuid('Pilihan tidak valid.');
/** An id picked in a form: left empty, the person is told what to pick. */
const dipilih = (kosong: string) => z.uuid({ error: (issue) => (issue.input === '' || issue.input === undefined ? kosong : 'Pilihan tidak valid.') });
const optionalId = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional()
  .transform((v) => v ?? null)
  .refine((v) => v === null || z.uuid().safeParse(v).success, 'Pilihan tidak valid.');
const optionalText = (max: number) => optionalLine(max);
const day = calendarDay();
const kode = z.string().trim().regex(/^[A-Za-z0-9._-]{1,30}$/, 'Kode 1-30 karakter: huruf, angka, titik, garis bawah atau tanda hubung.');

export const opdFieldsSchema = z.object({
  kode,
  nama: singleLine(200).min(3, 'Nama OPD wajib diisi.'),
  singkatan: z.string().trim().regex(/^[A-Z0-9.-]{2,30}$/, 'Singkatan 2-30 huruf kapital/angka (dipakai dalam nomor surat).'),
  alamat: singleLine(300).min(3, 'Alamat wajib diisi.'),
  kota: singleLine(100).min(2, 'Kota wajib diisi.'),
  kodePos: optionalText(10).refine((v) => v === null || /^\d{5}$/.test(v), 'Kode pos 5 angka.'),
  telepon: optionalText(50),
  email: optionalText(150).refine((v) => v === null || z.email().safeParse(v).success, 'Alamat e-mail tidak valid.'),
  website: optionalText(150).refine((v) => v === null || /^(https?:\/\/)?[a-z0-9.-]+\.[a-z]{2,}(\/\S*)?$/i.test(v), 'Alamat situs web tidak valid.'),
});
export type OpdFields = z.infer<typeof opdFieldsSchema>;
export const updateOpdSchema = opdFieldsSchema.extend({ opdId: id });
export type UpdateOpdInput = z.infer<typeof updateOpdSchema>;

export const unitKerjaSchema = z.object({
  opdId: id,
  kode,
  nama: singleLine(200).min(2, 'Nama unit wajib diisi.'),
  jenis: z.enum(JENIS_UNIT, 'Pilih jenis unit.'),
  parentId: optionalId,
});
export type UnitKerjaInput = z.infer<typeof unitKerjaSchema>;

export const jabatanSchema = z.object({
  opdId: id,
  unitKerjaId: dipilih('Pilih unit kerja.'),
  parentId: optionalId,
  kode,
  nama: singleLine(200).min(2, 'Nama jabatan wajib diisi.'),
  namaSingkat: singleLine(40).min(1, 'Nama singkat wajib diisi.'),
  jenis: z.enum(JENIS_JABATAN, 'Pilih jenis jabatan.'),
  eselon: optionalText(10),
});
export type JabatanInput = z.infer<typeof jabatanSchema>;

export const renameNodeSchema = z.object({ id, nama: singleLine(200).min(2, 'Nama wajib diisi.') });
export type RenameNodeInput = z.infer<typeof renameNodeSchema>;
export const moveNodeSchema = z.object({ id, parentId: optionalId });
export type MoveNodeInput = z.infer<typeof moveNodeSchema>;
export const nodeIdSchema = z.object({ id });

export const createPegawaiSchema = pegawaiFieldsSchema.extend({ opdId: id });
export type CreatePegawaiInput = z.infer<typeof createPegawaiSchema>;
export const updatePegawaiSchema = pegawaiFieldsSchema.extend({ pegawaiId: id });
export type UpdatePegawaiInput = z.infer<typeof updatePegawaiSchema>;
export const pegawaiIdSchema = z.object({ pegawaiId: id });

export const penugasanSchema = z.object({
  pegawaiId: dipilih('Pilih pegawai.'),
  jabatanId: dipilih('Pilih jabatan.'),
  jenis: z.enum(['DEFINITIF', 'PLT', 'PLH'], 'Pilih jenis penugasan.'),
  mulai: day,
  selesai: optionalCalendarDay(),
  alasan: optionalText(300),
  nomorSk: optionalText(100),
});
export type PenugasanInput = z.infer<typeof penugasanSchema>;
export const endPenugasanSchema = z.object({ penugasanId: id, selesai: day });
export const batalkanPenugasanSchema = z.object({ penugasanId: id });
export type EndPenugasanInput = z.infer<typeof endPenugasanSchema>;

export const grantRoleSchema = z.object({
  pegawaiId: id,
  role: z.enum(['ADMIN_INSTANSI', 'ADMIN_OPD', 'PENCATAT'], 'Pilih peran.'),
  opdId: optionalId,
});
export type GrantRoleInput = z.infer<typeof grantRoleSchema>;
export const revokeRoleSchema = z.object({ roleGrantId: id });

export const templatePenomoranSchema = z.object({
  opdId: id,
  jenis: z
    .string()
    .optional()
    .transform((v) => (v ? v : null)),
  template: singleLine(120)
    .min(1, 'Template nomor wajib diisi.')
    .superRefine((template, ctx) => {
      const check = checkTemplateCharacters(template);
      // Control characters already have singleLine's message.
      if (!check.ok && !hasForbiddenCharacters(template)) ctx.addIssue({ code: 'custom', message: check.message });
    }),
  panjangNomor: z.coerce.number().int().min(1, 'Minimal 1 digit.').max(8, 'Maksimal 8 digit.'),
  urutanPerJenis: z
    .union([z.literal('on'), z.literal('true'), z.boolean()])
    .optional()
    .transform((v) => v === 'on' || v === 'true' || v === true),
});
export type TemplatePenomoranInput = z.infer<typeof templatePenomoranSchema>;

export const instruksiSchema = z.object({
  opdId: id,
  teks: multiLine(100).min(3, 'Teks instruksi wajib diisi.'),
});
export type InstruksiInput = z.infer<typeof instruksiSchema>;
export const instruksiToggleSchema = z.object({ instruksiId: id, aktif: z.enum(['true', 'false']).transform((v) => v === 'true') });

export const klasifikasiSchema = z.object({
  kode: z.string().trim().regex(/^\d{3}(\.\d{1,3})*$/, 'Kode klasifikasi berbentuk 000 atau 000.1.2.'),
  nama: singleLine(300).min(2, 'Nama wajib diisi.'),
});
export type KlasifikasiInput = z.infer<typeof klasifikasiSchema>;
export const renameKlasifikasiSchema = z.object({ klasifikasiId: id, nama: klasifikasiSchema.shape.nama });
export type RenameKlasifikasiInput = z.infer<typeof renameKlasifikasiSchema>;
export const klasifikasiAktifSchema = z.object({ klasifikasiId: id, aktif: z.enum(['true', 'false']).transform((v) => v === 'true') });
export type KlasifikasiAktifInput = z.infer<typeof klasifikasiAktifSchema>;

/** The pegawai list's search box and page. */
export const pegawaiFilterSchema = z.object({
  q: singleLine(100).optional().transform((v) => v ?? ''),
  halaman: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});

/** The penugasan history's filters: a name, NIP or jabatan, its page, and the one being ended (?akhiri=). */
export const penugasanFilterSchema = z.object({
  q: singleLine(100).optional().transform((v) => v ?? ''),
  halaman: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
  akhiri: kosongTakDisaring(z.uuid('Penugasan yang akan diakhiri tidak dikenali.')),
});
export type PenugasanFilter = z.infer<typeof penugasanFilterSchema>;

/** A question of the "Tugaskan pegawai" form's search-as-you-type fields: a pegawai or a jabatan, by what was typed. */
export const pilihanPenugasanSchema = z.object({
  jenis: z.enum(['pegawai', 'jabatan'], { error: 'Jenis pilihan tidak dikenal.' }),
  q: singleLine(100).refine((v) => v.length >= 2, 'Ketik paling sedikit 2 huruf.'),
});
export type PilihanPenugasanQuery = z.infer<typeof pilihanPenugasanSchema>;

/** The audit log's filters from the query string; a refused one is dropped with a notice (parseSearchParams). */
export const auditFilterSchema = z.object({
  actor: singleLine(100).optional().transform((v) => v || undefined),
  entity: singleLine(50).optional().transform((v) => v || undefined),
  aksi: kosongTakDisaring(z.string().refine(isAksiAudit, 'Tindakan tidak dikenal.')),
  dari: kosongTakDisaring(calendarDay()),
  sampai: kosongTakDisaring(calendarDay()),
  halaman: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AuditFilter = { actor?: string; entity?: string; aksi?: AksiAudit; dari?: string; sampai?: string; halaman: number };

/** The klasifikasi page's search: a kode's start or a word of its name. */
export const klasifikasiCariSchema = z.object({
  q: singleLine(60, 'Pencarian kode klasifikasi paling panjang 60 karakter.').optional().transform((v) => v?.trim() || undefined),
});
