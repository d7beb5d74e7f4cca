import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { UnitKerjaInput } from '@/lib/domain/admin/schemas';
import { DomainError } from '@/lib/domain/errors';
import { namaUnitDipakaiMessage, unitBernamaSama } from '@/lib/domain/organisasi/nama-unit';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getOpdInScopeOrThrow } from './scoped-loaders';
import { rethrowUniqueViolation } from './unique-violation';

export async function createUnitKerja(actor: Actor, input: UnitKerjaInput): Promise<{ unitKerjaId: string }> {
  const opd = await getOpdInScopeOrThrow(actor, input.opdId);
  assertCan(actor, 'opd.manage', { opdId: opd.id });
  return prisma
    .$transaction(async (tx) => {
      // Under the OPD lock, so two admins adding the same name at once cannot both pass the check.
      await tx.$queryRaw`SELECT id FROM "Opd" WHERE id = ${opd.id}::uuid FOR UPDATE`;
      const sama = unitBernamaSama(input.nama, await tx.unitKerja.findMany({ where: { opdId: opd.id, aktif: true }, select: { id: true, nama: true } }));
      if (sama) throw new DomainError(namaUnitDipakaiMessage(sama.nama), { nama: [namaUnitDipakaiMessage(sama.nama)] });
      if (input.parentId && !(await tx.unitKerja.findFirst({ where: { id: input.parentId, opdId: opd.id, aktif: true }, select: { id: true } }))) {
        throw new DomainError('Unit induk tidak ditemukan di OPD ini.', { parentId: ['Unit induk tidak ditemukan di OPD ini.'] });
      }
      const unit = await tx.unitKerja.create({ data: { opdId: opd.id, parentId: input.parentId, kode: input.kode, nama: input.nama, jenis: input.jenis }, select: { id: true } });
      await recordAudit(tx, actor, { instansiId: opd.instansiId, opdId: opd.id, action: 'unitKerja.create', entityType: 'UnitKerja', entityId: unit.id, after: input });
      return { unitKerjaId: unit.id };
    })
    .catch((e) => rethrowUniqueViolation(e, 'kode', 'Kode unit sudah dipakai di OPD ini.'));
}
