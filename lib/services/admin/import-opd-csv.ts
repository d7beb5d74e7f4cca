import { randomUUID } from 'node:crypto';
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { decodeCsv } from '@/lib/domain/admin/decode-csv';
import { checkShape, describeError, IMPORT_HEADERS, planImport, type ImportError, type ImportFile, type ImportPlan, type Records } from '@/lib/domain/admin/import-csv';
import { NO_PASSWORD_HASH } from '@/lib/domain/admin/no-password';
import { DomainError } from '@/lib/domain/errors';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { kunciNamaUnit } from '@/lib/domain/organisasi/nama-unit';
import { normalizeNip } from '@/lib/domain/pegawai/nip';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { dbDay, getOpdInScopeOrThrow } from './scoped-loaders';

export interface ImportOpdCsvInput {
  opdId: string;
  /** Raw bytes of each uploaded file; a missing or empty file imports nothing of that kind. */
  files: Partial<Record<ImportFile, Uint8Array>>;
  dryRun: boolean;
}

export interface ImportOpdCsvResult {
  ok: boolean;
  errors: string[];
  counts: { unit: number; jabatan: number; pegawai: number };
  written: boolean;
}

async function existingFor(db: Prisma.TransactionClient | typeof prisma, opdId: string, records: Record<ImportFile, Records>) {
  const nips = records.pegawai.map((r) => normalizeNip(r.nip ?? '')).filter(Boolean);
  const emails = records.pegawai.map((r) => r.email!.toLowerCase()).filter(Boolean);
  const niks = records.pegawai.map((r) => r.nik!).filter(Boolean);
  const [units, jabatan, pegawai] = await Promise.all([
    db.unitKerja.findMany({ where: { opdId }, select: { kode: true, nama: true, aktif: true } }),
    db.jabatan.findMany({ where: { opdId }, select: { kode: true, level: true, parentId: true, aktif: true } }),
    db.pegawai.findMany({ where: { OR: [{ nip: { in: nips } }, { email: { in: emails } }, { nik: { in: niks } }] }, select: { nip: true, email: true, nik: true } }),
  ]);
  return {
    unitKode: new Set(units.map((u) => u.kode)),
    unitNama: new Set(units.filter((u) => u.aktif).map((u) => kunciNamaUnit(u.nama))),
    jabatanKode: new Set(jabatan.map((j) => j.kode)),
    jabatanLevel: new Map(jabatan.map((j) => [j.kode, j.level])),
    hasPimpinan: jabatan.some((j) => j.parentId === null && j.aktif),
    nip: new Set(pegawai.map((p) => p.nip)),
    email: new Set(pegawai.map((p) => p.email).filter((e): e is string => !!e)),
    nik: new Set(pegawai.map((p) => p.nik)),
  };
}

async function writePlan(tx: Prisma.TransactionClient, opd: { id: string; instansiId: string }, plan: ImportPlan, today: string) {
  const unitId = new Map((await tx.unitKerja.findMany({ where: { opdId: opd.id }, select: { id: true, kode: true } })).map((u) => [u.kode, u.id]));
  for (const u of plan.units) unitId.set(u.kode, randomUUID());
  // Parents before children, so each batch's foreign keys already exist.
  const indukOf = new Map(plan.units.map((u) => [u.kode, u.kodeInduk]));
  const depth = new Map<string, number>();
  const unitDepth = (kode: string): number => {
    if (!depth.has(kode)) {
      const induk = indukOf.get(kode);
      depth.set(kode, induk && indukOf.has(induk) ? 1 + unitDepth(induk) : 0); // planImport refused cycles
    }
    return depth.get(kode)!;
  };
  const units = [...plan.units].sort((a, b) => unitDepth(a.kode) - unitDepth(b.kode));
  await tx.unitKerja.createMany({ data: units.map((u, i) => ({ id: unitId.get(u.kode)!, opdId: opd.id, parentId: u.kodeInduk ? unitId.get(u.kodeInduk)! : null, kode: u.kode, nama: u.nama, jenis: u.jenis, urutan: i })) });

  const jabatanId = new Map((await tx.jabatan.findMany({ where: { opdId: opd.id }, select: { id: true, kode: true } })).map((j) => [j.kode, j.id]));
  for (const j of plan.jabatan) jabatanId.set(j.kode, randomUUID());
  const jabatan = [...plan.jabatan].sort((a, b) => a.level - b.level);
  await tx.jabatan.createMany({
    data: jabatan.map((j, i) => ({
      id: jabatanId.get(j.kode)!,
      opdId: opd.id,
      unitKerjaId: unitId.get(j.kodeUnit)!,
      parentId: j.kodeAtasan ? jabatanId.get(j.kodeAtasan)! : null,
      kode: j.kode,
      nama: j.nama,
      namaSingkat: j.namaSingkat,
      jenis: j.jenis,
      eselon: j.eselon,
      level: j.level,
      isPimpinanOpd: j.kodeAtasan === null,
      urutan: i,
    })),
  });

  const pegawaiId = new Map(plan.pegawai.map((p) => [p.nip, randomUUID()]));
  await tx.pegawai.createMany({
    data: plan.pegawai.map((p) => ({ id: pegawaiId.get(p.nip)!, instansiId: opd.instansiId, opdId: opd.id, nama: p.nama, gelarDepan: p.gelarDepan, gelarBelakang: p.gelarBelakang, nip: p.nip, nik: p.nik, golongan: p.golongan, email: p.email, passwordHash: NO_PASSWORD_HASH })),
  });
  await tx.penugasanJabatan.createMany({
    data: plan.pegawai.filter((p) => p.kodeJabatan).map((p) => ({ pegawaiId: pegawaiId.get(p.nip)!, jabatanId: jabatanId.get(p.kodeJabatan!)!, jenis: 'DEFINITIF' as const, mulai: dbDay(today), alasan: 'Impor CSV' })),
  });
}

/**
 * Bulk onboarding of one OPD from CSV: a dry run lists every row's errors; the real run writes
 * everything in one transaction or nothing at all. Imported pegawai have no password until an
 * admin issues one (hashing 1,000 argon2 passwords would take longer than the import itself).
 */
export async function importOpdCsv(actor: Actor, input: ImportOpdCsvInput, now = new Date()): Promise<ImportOpdCsvResult> {
  const opd = await getOpdInScopeOrThrow(actor, input.opdId);
  assertCan(actor, 'opd.manage', { opdId: opd.id });
  assertCan(actor, 'pegawai.manage', { opdId: opd.id });

  const errors: ImportError[] = [];
  const records: Record<ImportFile, Records> = { unit: [], jabatan: [], pegawai: [] };
  for (const file of Object.keys(IMPORT_HEADERS) as ImportFile[]) {
    const bytes = input.files[file];
    if (!bytes || bytes.byteLength === 0) continue;
    const decoded = decodeCsv(bytes);
    if (!decoded.ok) {
      errors.push({ file, row: 0, field: null, message: decoded.message });
      continue;
    }
    const shaped = checkShape(file, decoded.rows);
    errors.push(...shaped.errors);
    records[file] = shaped.records;
  }
  const counts = { unit: records.unit.length, jabatan: records.jabatan.length, pegawai: records.pegawai.length };
  if (counts.unit + counts.jabatan + counts.pegawai === 0 && errors.length === 0) {
    throw new DomainError('Unggah minimal satu berkas CSV yang berisi data.');
  }
  // A whole file refused (encoding, header, size) makes cross-file checks meaningless; row-level
  // problems do not, so the dry run lists those together with every field error.
  if (errors.some((e) => e.row <= 1)) return { ok: false, errors: errors.map(describeError), counts, written: false };
  const check = (existing: Awaited<ReturnType<typeof existingFor>>) => {
    const planned = planImport(records, existing);
    const all = [...errors, ...planned.errors].sort((a, b) => a.file.localeCompare(b.file) || a.row - b.row);
    return { plan: all.length ? null : planned.plan, errors: all.map(describeError) };
  };
  if (input.dryRun) {
    const { errors: found } = check(await existingFor(prisma, opd.id, records));
    return { ok: found.length === 0, errors: found, counts, written: false };
  }

  const today = calendarDay(now);
  // Planned under the OPD lock against the data as it is now (someone may have added rows since
  // the dry run); on any error the callback writes nothing and the transaction commits nothing.
  const found = await prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT id FROM "Opd" WHERE id = ${opd.id}::uuid FOR UPDATE`;
      const { plan, errors: rowErrors } = check(await existingFor(tx, opd.id, records));
      if (!plan) return rowErrors;
      await writePlan(tx, opd, plan, today);
      await recordAudit(tx, actor, { instansiId: opd.instansiId, opdId: opd.id, action: 'opd.import', entityType: 'Opd', entityId: opd.id, after: counts });
      return [];
    },
    { timeout: 60_000 },
  );
  if (found.length) return { ok: false, errors: found, counts, written: false };
  return { ok: true, errors: [], counts, written: true };
}
