// Loaders for admin services: every record is read through the actor's OPD scope, so a forged id
// from another OPD (or instansi) finds nothing and the caller gets the same refusal either way.
import type { Prisma } from '@/lib/generated/prisma/client';
import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import type { RolePermission } from '@/lib/authz/permissions';
import { opdOwnedScope, opdScope } from '@/lib/authz/scope';
import { NotFoundError } from '@/lib/domain/errors';

type Db = Prisma.TransactionClient | typeof prisma;

export async function getOpdInScopeOrThrow(actor: Actor, opdId: string, permission: RolePermission = 'opd.manage', db: Db = prisma) {
  const opd = await db.opd.findFirst({ where: { AND: [{ id: opdId }, opdScope(actor, permission)] } });
  if (!opd) throw new NotFoundError('OPD tidak ditemukan atau di luar kewenangan Anda.');
  return opd;
}

export async function getUnitKerjaInScopeOrThrow(actor: Actor, unitKerjaId: string, db: Db = prisma) {
  const unit = await db.unitKerja.findFirst({ where: { id: unitKerjaId, ...opdOwnedScope(actor, 'opd.manage') }, include: { opd: { select: { instansiId: true } } } });
  if (!unit) throw new NotFoundError('Unit kerja tidak ditemukan atau di luar kewenangan Anda.');
  return unit;
}

export async function getJabatanInScopeOrThrow(actor: Actor, jabatanId: string, db: Db = prisma) {
  const jabatan = await db.jabatan.findFirst({ where: { id: jabatanId, ...opdOwnedScope(actor, 'opd.manage') }, include: { opd: { select: { instansiId: true } } } });
  if (!jabatan) throw new NotFoundError('Jabatan tidak ditemukan atau di luar kewenangan Anda.');
  return jabatan;
}

export async function getPegawaiInScopeOrThrow(actor: Actor, pegawaiId: string, db: Db = prisma) {
  const pegawai = await db.pegawai.findFirst({ where: { id: pegawaiId, instansiId: actor.instansiId, ...opdOwnedScope(actor, 'pegawai.manage') } });
  if (!pegawai) throw new NotFoundError('Pegawai tidak ditemukan atau di luar kewenangan Anda.');
  return pegawai;
}

/** Takes a row lock on a jabatan so concurrent assignments to one post are checked one at a time. */
export async function lockJabatan(tx: Prisma.TransactionClient, jabatanId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Jabatan" WHERE id = ${jabatanId}::uuid FOR UPDATE`;
}

export async function lockPegawai(tx: Prisma.TransactionClient, pegawaiId: string): Promise<void> {
  await tx.$queryRaw`SELECT id FROM "Pegawai" WHERE id = ${pegawaiId}::uuid FOR UPDATE`;
}

export function isoDay(d: Date): string {
  return d.toISOString().slice(0, 10);
}

export function dbDay(day: string): Date {
  return new Date(`${day}T00:00:00Z`);
}
