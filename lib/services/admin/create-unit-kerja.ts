import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { UnitKerjaInput } from '@/lib/domain/admin/schemas';
import { DomainError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getOpdInScopeOrThrow } from './scoped-loaders';
import { rethrowUniqueViolation } from './unique-violation';

export async function createUnitKerja(actor: Actor, input: UnitKerjaInput): Promise<{ unitKerjaId: string }> {
  const opd = await getOpdInScopeOrThrow(actor, input.opdId);
  assertCan(actor, 'opd.manage', { opdId: opd.id });
  return prisma
    .$transaction(async (tx) => {
      if (input.parentId && !(await tx.unitKerja.findFirst({ where: { id: input.parentId, opdId: opd.id, aktif: true }, select: { id: true } }))) {
        throw new DomainError('Unit induk tidak ditemukan di OPD ini.', { parentId: ['Unit induk tidak ditemukan di OPD ini.'] });
      }
      const unit = await tx.unitKerja.create({ data: { opdId: opd.id, parentId: input.parentId, kode: input.kode, nama: input.nama, jenis: input.jenis }, select: { id: true } });
      await recordAudit(tx, actor, { instansiId: opd.instansiId, opdId: opd.id, action: 'unitKerja.create', entityType: 'UnitKerja', entityId: unit.id, after: input });
      return { unitKerjaId: unit.id };
    })
    .catch((e) => rethrowUniqueViolation(e, 'kode', 'Kode unit sudah dipakai di OPD ini.'));
}
