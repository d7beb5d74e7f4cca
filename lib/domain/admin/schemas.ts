// Input schemas of the admin forms. Actions parse FormData with these; services take the parsed types.
import { z } from 'zod';
import { pegawaiFieldsSchema } from '@/lib/domain/pegawai/pegawai-schema';
import { JENIS_JABATAN, JENIS_UNIT } from './import-csv';

const id = z.uuid('Pilihan tidak valid.');
const optionalId = z
  .string()
  .trim()
  .transform((v) => (v === '' ? null : v))
  .nullable()
  .optional()
  .transform((v) => v ?? null)
  .refine((v) => v === null || z.uuid().safeParse(v).success, 'Pilihan tidak valid.');
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max, `Paling panjang ${max} karakter.`)
    .optional()
    .transform((v) => (v ? v : null));
const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Tanggal tidak valid.');
const kode = z.string().trim().regex(/^[A-Za-z0-9._-]{1,30}$/, 'Kode 1-30 karakter: huruf, angka, titik, garis bawah atau tanda hubung.');

export const opdFieldsSchema = z.object({
  kode,
  nama: z.string().trim().min(3, 'Nama OPD wajib diisi.').max(200),
  singkatan: z.string().trim().regex(/^[A-Z0-9.-]{2,30}$/, 'Singkatan 2-30 huruf kapital/angka (dipakai dalam nomor surat).'),
  alamat: z.string().trim().min(3, 'Alamat wajib diisi.').max(300),
  kota: z.string().trim().min(2, 'Kota wajib diisi.').max(100),
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
  nama: z.string().trim().min(2, 'Nama unit wajib diisi.').max(200),
  jenis: z.enum(JENIS_UNIT, 'Pilih jenis unit.'),
  parentId: optionalId,
});
export type UnitKerjaInput = z.infer<typeof unitKerjaSchema>;

export const jabatanSchema = z.object({
  opdId: id,
  unitKerjaId: id,
  parentId: optionalId,
  kode,
  nama: z.string().trim().min(2, 'Nama jabatan wajib diisi.').max(200),
  namaSingkat: z.string().trim().min(1, 'Nama singkat wajib diisi.').max(40),
  jenis: z.enum(JENIS_JABATAN, 'Pilih jenis jabatan.'),
  eselon: optionalText(10),
});
export type JabatanInput = z.infer<typeof jabatanSchema>;

export const renameNodeSchema = z.object({ id, nama: z.string().trim().min(2, 'Nama wajib diisi.').max(200) });
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
  pegawaiId: id,
  jabatanId: id,
  jenis: z.enum(['DEFINITIF', 'PLT', 'PLH'], 'Pilih jenis penugasan.'),
  mulai: day,
  selesai: z
    .string()
    .optional()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || /^\d{4}-\d{2}-\d{2}$/.test(v), 'Tanggal tidak valid.'),
  alasan: optionalText(300),
  nomorSk: optionalText(100),
});
export type PenugasanInput = z.infer<typeof penugasanSchema>;
export const endPenugasanSchema = z.object({ penugasanId: id, selesai: day });
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
  template: z.string().trim().min(1, 'Template nomor wajib diisi.').max(120),
  panjangNomor: z.coerce.number().int().min(1, 'Minimal 1 digit.').max(8, 'Maksimal 8 digit.'),
  urutanPerJenis: z
    .union([z.literal('on'), z.literal('true'), z.boolean()])
    .optional()
    .transform((v) => v === 'on' || v === 'true' || v === true),
});
export type TemplatePenomoranInput = z.infer<typeof templatePenomoranSchema>;

export const instruksiSchema = z.object({
  opdId: id,
  teks: z.string().trim().min(3, 'Teks instruksi wajib diisi.').max(100, 'Paling panjang 100 karakter.'),
});
export type InstruksiInput = z.infer<typeof instruksiSchema>;
export const instruksiToggleSchema = z.object({ instruksiId: id, aktif: z.enum(['true', 'false']).transform((v) => v === 'true') });

export const klasifikasiSchema = z.object({
  kode: z.string().trim().regex(/^\d{3}(\.\d{1,3})*$/, 'Kode klasifikasi berbentuk 000 atau 000.1.2.'),
  nama: z.string().trim().min(2, 'Nama wajib diisi.').max(300),
});
export type KlasifikasiInput = z.infer<typeof klasifikasiSchema>;

export const auditFilterSchema = z.object({
  actor: z.string().trim().max(100).optional().transform((v) => v || undefined),
  entity: z.string().trim().max(50).optional().transform((v) => v || undefined),
  dari: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  sampai: z.string().regex(/^\d{4}-\d{2}-\d{2}$/).optional().catch(undefined),
  halaman: z.coerce.number().int().min(1).max(10_000).catch(1).default(1),
});
export type AuditFilter = { actor?: string; entity?: string; dari?: string; sampai?: string; halaman: number };
