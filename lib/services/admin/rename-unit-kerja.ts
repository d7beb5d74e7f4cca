import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { RenameNodeInput } from '@/lib/domain/admin/schemas';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getUnitKerjaInScopeOrThrow } from './scoped-loaders';

export async function renameUnitKerja(actor: Actor, input: RenameNodeInput): Promise<void> {
  const unit = await getUnitKerjaInScopeOrThrow(actor, input.id);
  assertCan(actor, 'opd.manage', { opdId: unit.opdId });
  await prisma.$transaction(async (tx) => {
    await tx.unitKerja.update({ where: { id: unit.id }, data: { nama: input.nama } });
    await recordAudit(tx, actor, { instansiId: unit.opd.instansiId, opdId: unit.opdId, action: 'unitKerja.rename', entityType: 'UnitKerja', entityId: unit.id, before: { nama: unit.nama }, after: { nama: input.nama } });
  });
}
