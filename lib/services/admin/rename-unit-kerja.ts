import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { RenameNodeInput } from '@/lib/domain/admin/schemas';
import { DomainError } from '@/lib/domain/errors';
import { namaUnitDipakaiMessage, unitBernamaSama } from '@/lib/domain/organisasi/nama-unit';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getUnitKerjaInScopeOrThrow } from './scoped-loaders';

export async function renameUnitKerja(actor: Actor, input: RenameNodeInput): Promise<void> {
  const unit = await getUnitKerjaInScopeOrThrow(actor, input.id);
  assertCan(actor, 'opd.manage', { opdId: unit.opdId });
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Opd" WHERE id = ${unit.opdId}::uuid FOR UPDATE`;
    const sama = unitBernamaSama(input.nama, await tx.unitKerja.findMany({ where: { opdId: unit.opdId, aktif: true }, select: { id: true, nama: true } }), unit.id);
    if (sama) throw new DomainError(namaUnitDipakaiMessage(sama.nama), { nama: [namaUnitDipakaiMessage(sama.nama)] });
    await tx.unitKerja.update({ where: { id: unit.id }, data: { nama: input.nama } });
    await recordAudit(tx, actor, { instansiId: unit.opd.instansiId, opdId: unit.opdId, action: 'unitKerja.rename', entityType: 'UnitKerja', entityId: unit.id, before: { nama: unit.nama }, after: { nama: input.nama } });
  });
}
