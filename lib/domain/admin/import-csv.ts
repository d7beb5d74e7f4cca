// Bulk onboarding of one OPD from three CSV files (unit kerja, jabatan, pegawai). This file holds
// the pure checks: headers, row count, formula cells, field rules and cross-references between the
// files and with what the OPD already has. Every error names the file, the row and the field.
import { z } from 'zod';
import { singleLine } from '@/lib/domain/input/fields';
import { kunciNamaUnit, namaUnitDipakaiMessage } from '@/lib/domain/organisasi/nama-unit';
import { pegawaiFieldsSchema } from '@/lib/domain/pegawai/pegawai-schema';
import { isFormulaLike } from './csv-cells';

export const MAX_IMPORT_ROWS = 5000;

export const IMPORT_HEADERS = {
  unit: ['kode', 'nama', 'jenis', 'kode_induk'],
  jabatan: ['kode', 'nama', 'nama_singkat', 'jenis', 'eselon', 'kode_unit', 'kode_atasan'],
  pegawai: ['nip', 'nik', 'nama', 'gelar_depan', 'gelar_belakang', 'golongan', 'email', 'kode_jabatan'],
} as const;
export type ImportFile = keyof typeof IMPORT_HEADERS;

export const FILE_LABEL: Record<ImportFile, string> = { unit: 'unit_kerja.csv', jabatan: 'jabatan.csv', pegawai: 'pegawai.csv' };

export const JENIS_UNIT = ['PIMPINAN', 'SEKRETARIAT', 'BIDANG', 'SUBBAGIAN', 'SEKSI', 'SUBBIDANG', 'UPTD', 'KELOMPOK_FUNGSIONAL', 'LAINNYA'] as const;
export const JENIS_JABATAN = ['STRUKTURAL', 'FUNGSIONAL', 'PELAKSANA'] as const;

export interface ImportError {
  file: ImportFile;
  /** Line in the file, counting the header as line 1; 0 for an error about the whole file. */
  row: number;
  field: string | null;
  message: string;
}

export function describeError(e: ImportError): string {
  const where = e.row > 0 ? `baris ${e.row}` : 'berkas';
  return `${FILE_LABEL[e.file]}, ${where}${e.field ? `, kolom ${e.field}` : ''}: ${e.message}`;
}

export type Records = Record<string, string>[];

/** Header and size checks for one parsed file (rows as arrays, header first). */
export function checkShape(file: ImportFile, rows: readonly string[][]): { errors: ImportError[]; records: Records } {
  const expected = IMPORT_HEADERS[file];
  if (rows.length === 0) return { errors: [], records: [] };
  const header = rows[0]!.map((h) => h.trim().toLowerCase());
  if (header.length !== expected.length || header.some((h, i) => h !== expected[i])) {
    return {
      errors: [{ file, row: 1, field: null, message: `Judul kolom salah. Harus persis: ${expected.join(',')} (unduh templatnya).` }],
      records: [],
    };
  }
  const body = rows.slice(1).filter((r) => r.some((c) => c.trim() !== ''));
  if (body.length > MAX_IMPORT_ROWS) {
    return { errors: [{ file, row: 0, field: null, message: `Berisi ${body.length.toLocaleString('id-ID')} baris; paling banyak ${MAX_IMPORT_ROWS.toLocaleString('id-ID')} baris per impor. Bagi menjadi beberapa berkas.` }], records: [] };
  }
  const errors: ImportError[] = [];
  const records: Records = [];
  rows.slice(1).forEach((cells, i) => {
    const row = i + 2;
    if (!cells.some((c) => c.trim() !== '')) return;
    if (cells.length !== expected.length) {
      errors.push({ file, row, field: null, message: `Jumlah kolom ${cells.length}, seharusnya ${expected.length}.` });
      return;
    }
    const record: Record<string, string> = { __row: String(row) };
    expected.forEach((name, c) => {
      const cell = cells[c]!;
      if (isFormulaLike(cell)) errors.push({ file, row, field: name, message: 'Sel diawali =, +, -, @, tab atau CR (rumus) tidak diterima.' });
      record[name] = cell.trim();
    });
    records.push(record);
  });
  return { errors, records };
}

export interface ExistingOpdData {
  unitKode: ReadonlySet<string>;
  /** Names of the OPD's active units, as kunciNamaUnit keys. */
  unitNama: ReadonlySet<string>;
  jabatanKode: ReadonlySet<string>;
  /** NIPs, NIKs and e-mails already used anywhere in the installation. */
  nip: ReadonlySet<string>;
  email: ReadonlySet<string>;
  /** A clash passed "Periksa dulu" and failed the import as "Data yang sama sudah ada." with no row. */
  nik: ReadonlySet<string>;
  /** True when the OPD already has a pimpinan post. */
  hasPimpinan: boolean;
}

const kodeSchema = z.string().regex(/^[A-Za-z0-9._-]{1,30}$/, 'Kode 1-30 karakter: huruf, angka, titik, garis bawah atau tanda hubung.');
const namaSchema = singleLine(200, 'Nama paling panjang 200 karakter.').min(2, 'Nama wajib diisi.');

export interface PlannedUnit { row: number; kode: string; nama: string; jenis: (typeof JENIS_UNIT)[number]; kodeInduk: string | null }
export interface PlannedJabatan { row: number; kode: string; nama: string; namaSingkat: string; jenis: (typeof JENIS_JABATAN)[number]; eselon: string | null; kodeUnit: string; kodeAtasan: string | null; level: number }
export interface PlannedPegawai { row: number; nama: string; gelarDepan: string | null; gelarBelakang: string | null; nip: string; nik: string; golongan: string | null; email: string | null; kodeJabatan: string | null }

export interface ImportPlan {
  units: PlannedUnit[];
  jabatan: PlannedJabatan[];
  pegawai: PlannedPegawai[];
}

function fieldError(errors: ImportError[], file: ImportFile, row: number, field: string, result: z.ZodSafeParseResult<unknown>): boolean {
  if (result.success) return true;
  errors.push({ file, row, field, message: result.error.issues[0]?.message ?? 'Tidak valid.' });
  return false;
}

function duplicateCheck(errors: ImportError[], file: ImportFile, row: number, field: string, value: string, seen: Map<string, number>, existing: ReadonlySet<string>, what: string) {
  if (existing.has(value)) errors.push({ file, row, field, message: `${what} ${value} sudah terdaftar.` });
  else if (seen.has(value)) errors.push({ file, row, field, message: `${what} ${value} sudah dipakai di baris ${seen.get(value)}.` });
  seen.set(value, row);
}

/** Depth of each jabatan from its atasan chain (1 = pimpinan); null when the chain has a cycle. */
function levels(jabatan: readonly { kode: string; kodeAtasan: string | null }[], existingLevel: (kode: string) => number | undefined): Map<string, number | null> {
  const atasanOf = new Map(jabatan.map((j) => [j.kode, j.kodeAtasan]));
  const out = new Map<string, number | null>();
  for (const j of jabatan) {
    let depth = 1;
    const seen = new Set<string>([j.kode]);
    let at = j.kodeAtasan;
    let result: number | null = null;
    for (;;) {
      if (at === null) { result = depth; break; }
      if (seen.has(at)) { result = null; break; }
      if (!atasanOf.has(at)) { result = depth + (existingLevel(at) ?? 0); break; }
      seen.add(at);
      depth += 1;
      at = atasanOf.get(at) ?? null;
    }
    out.set(j.kode, result);
  }
  return out;
}

/** Field rules and cross-references; returns the plan only when there is no error at all. */
export function planImport(
  records: Record<ImportFile, Records>,
  existing: ExistingOpdData & { jabatanLevel?: ReadonlyMap<string, number> },
): { errors: ImportError[]; plan: ImportPlan | null } {
  const errors: ImportError[] = [];
  const units: PlannedUnit[] = [];
  const unitSeen = new Map<string, number>();
  const namaSeen = new Map<string, number>();
  for (const r of records.unit) {
    const row = Number(r.__row);
    const okKode = fieldError(errors, 'unit', row, 'kode', kodeSchema.safeParse(r.kode));
    const okNama = fieldError(errors, 'unit', row, 'nama', namaSchema.safeParse(r.nama));
    if (!(JENIS_UNIT as readonly string[]).includes(r.jenis!.toUpperCase())) errors.push({ file: 'unit', row, field: 'jenis', message: `Jenis unit harus salah satu dari ${JENIS_UNIT.join(', ')}.` });
    if (okKode) duplicateCheck(errors, 'unit', row, 'kode', r.kode!, unitSeen, existing.unitKode, 'Kode unit');
    if (okNama) {
      const kunci = kunciNamaUnit(r.nama!);
      if (existing.unitNama.has(kunci)) errors.push({ file: 'unit', row, field: 'nama', message: namaUnitDipakaiMessage(r.nama!.trim()) });
      else if (namaSeen.has(kunci)) errors.push({ file: 'unit', row, field: 'nama', message: `Nama unit “${r.nama!.trim()}” sudah dipakai di baris ${namaSeen.get(kunci)}.` });
      namaSeen.set(kunci, row);
    }
    units.push({ row, kode: r.kode!, nama: r.nama!, jenis: r.jenis!.toUpperCase() as PlannedUnit['jenis'], kodeInduk: r.kode_induk || null });
  }
  const unitKnown = (kode: string) => unitSeen.has(kode) || existing.unitKode.has(kode);
  for (const u of units) {
    if (u.kodeInduk && !unitKnown(u.kodeInduk)) errors.push({ file: 'unit', row: u.row, field: 'kode_induk', message: `Unit induk ${u.kodeInduk} tidak ada di berkas ini maupun di OPD.` });
  }
  const unitCycle = levels(units.map((u) => ({ kode: u.kode, kodeAtasan: u.kodeInduk })), () => 0);
  for (const u of units) if (unitCycle.get(u.kode) === null) errors.push({ file: 'unit', row: u.row, field: 'kode_induk', message: 'Susunan induk membentuk siklus.' });

  const jabatan: PlannedJabatan[] = [];
  const jabatanSeen = new Map<string, number>();
  for (const r of records.jabatan) {
    const row = Number(r.__row);
    const okKode = fieldError(errors, 'jabatan', row, 'kode', kodeSchema.safeParse(r.kode));
    fieldError(errors, 'jabatan', row, 'nama', namaSchema.safeParse(r.nama));
    if (!r.nama_singkat || r.nama_singkat.length > 40) errors.push({ file: 'jabatan', row, field: 'nama_singkat', message: 'Nama singkat wajib diisi, paling panjang 40 karakter.' });
    if (!(JENIS_JABATAN as readonly string[]).includes(r.jenis!.toUpperCase())) errors.push({ file: 'jabatan', row, field: 'jenis', message: `Jenis jabatan harus ${JENIS_JABATAN.join(', ')}.` });
    if (!unitKnown(r.kode_unit!)) errors.push({ file: 'jabatan', row, field: 'kode_unit', message: `Unit ${r.kode_unit || '(kosong)'} tidak ada di unit_kerja.csv maupun di OPD.` });
    if (okKode) duplicateCheck(errors, 'jabatan', row, 'kode', r.kode!, jabatanSeen, existing.jabatanKode, 'Kode jabatan');
    jabatan.push({ row, kode: r.kode!, nama: r.nama!, namaSingkat: r.nama_singkat!, jenis: r.jenis!.toUpperCase() as PlannedJabatan['jenis'], eselon: r.eselon || null, kodeUnit: r.kode_unit!, kodeAtasan: r.kode_atasan || null, level: 1 });
  }
  const jabatanKnown = (kode: string) => jabatanSeen.has(kode) || existing.jabatanKode.has(kode);
  const roots = jabatan.filter((j) => j.kodeAtasan === null);
  if (roots.length + (existing.hasPimpinan ? 1 : 0) > 1) {
    for (const j of roots) errors.push({ file: 'jabatan', row: j.row, field: 'kode_atasan', message: 'Hanya satu jabatan pimpinan OPD (tanpa atasan) yang boleh ada; isi kode_atasan.' });
  }
  for (const j of jabatan) {
    if (j.kodeAtasan && !jabatanKnown(j.kodeAtasan)) errors.push({ file: 'jabatan', row: j.row, field: 'kode_atasan', message: `Jabatan atasan ${j.kodeAtasan} tidak ada di berkas ini maupun di OPD.` });
  }
  const jabatanLevels = levels(jabatan, (kode) => existing.jabatanLevel?.get(kode));
  for (const j of jabatan) {
    const level = jabatanLevels.get(j.kode);
    if (level === null) errors.push({ file: 'jabatan', row: j.row, field: 'kode_atasan', message: 'Susunan atasan membentuk siklus.' });
    else j.level = level ?? 1;
  }

  const pegawai: PlannedPegawai[] = [];
  const nipSeen = new Map<string, number>();
  const emailSeen = new Map<string, number>();
  const nikSeen = new Map<string, number>();
  const jabatanTaken = new Map<string, number>();
  for (const r of records.pegawai) {
    const row = Number(r.__row);
    const parsed = pegawaiFieldsSchema.safeParse({ nama: r.nama, gelarDepan: r.gelar_depan, gelarBelakang: r.gelar_belakang, nip: r.nip, nik: r.nik, golongan: r.golongan, email: r.email });
    const column: Record<string, string> = { nama: 'nama', gelarDepan: 'gelar_depan', gelarBelakang: 'gelar_belakang', nip: 'nip', nik: 'nik', golongan: 'golongan', email: 'email' };
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ file: 'pegawai', row, field: column[String(issue.path[0])] ?? null, message: issue.message });
      continue;
    }
    const p = parsed.data;
    duplicateCheck(errors, 'pegawai', row, 'nip', p.nip, nipSeen, existing.nip, 'NIP');
    duplicateCheck(errors, 'pegawai', row, 'nik', p.nik, nikSeen, existing.nik, 'NIK');
    if (p.email) duplicateCheck(errors, 'pegawai', row, 'email', p.email, emailSeen, existing.email, 'E-mail');
    const kodeJabatan = r.kode_jabatan || null;
    if (kodeJabatan) {
      if (!jabatanSeen.has(kodeJabatan)) errors.push({ file: 'pegawai', row, field: 'kode_jabatan', message: `Jabatan ${kodeJabatan} tidak ada di jabatan.csv (jabatan lama diisi lewat menu Penugasan).` });
      else if (jabatanTaken.has(kodeJabatan)) errors.push({ file: 'pegawai', row, field: 'kode_jabatan', message: `Jabatan ${kodeJabatan} sudah diisi pegawai di baris ${jabatanTaken.get(kodeJabatan)}; satu jabatan satu pejabat definitif.` });
      jabatanTaken.set(kodeJabatan, row);
    }
    pegawai.push({ row, ...p, kodeJabatan });
  }
  errors.sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row);
  return errors.length ? { errors, plan: null } : { errors, plan: { units, jabatan, pegawai } };
}

/** Template contents offered for download. */
export function importTemplate(file: ImportFile): string {
  const examples: Record<ImportFile, string[]> = {
    unit: ['PIMP,Pimpinan,PIMPINAN,', 'SEKR,Sekretariat,SEKRETARIAT,PIMP', 'BID1,Bidang Pelayanan,BIDANG,PIMP'],
    jabatan: [
      'KADIS,Kepala Dinas,Kadis,STRUKTURAL,II.a,PIMP,',
      'SEKDIS,Sekretaris Dinas,Sekdis,STRUKTURAL,III.a,SEKR,KADIS',
      'KABID1,Kepala Bidang Pelayanan,Kabid Pelayanan,STRUKTURAL,III.b,BID1,KADIS',
    ],
    pegawai: ['199003152015031002,3201011503900001,Budi Santoso,,S.Kom.,IV/a,budi@contoh.go.id,KADIS'],
  };
  return `\uFEFF${IMPORT_HEADERS[file].join(',')}\r\n${examples[file].join('\r\n')}\r\n`;
}
