import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { MoveNodeInput } from '@/lib/domain/admin/schemas';
import { DomainError } from '@/lib/domain/errors';
import { checkMove } from '@/lib/domain/organisasi/tree';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getUnitKerjaInScopeOrThrow } from './scoped-loaders';

/** Puts a unit kerja under a new induk in the same OPD (or at the top); refuses cycles. */
export async function moveUnitKerja(actor: Actor, input: MoveNodeInput): Promise<void> {
  const unit = await getUnitKerjaInScopeOrThrow(actor, input.id);
  assertCan(actor, 'opd.manage', { opdId: unit.opdId });
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Opd" WHERE id = ${unit.opdId}::uuid FOR UPDATE`;
    const nodes = await tx.unitKerja.findMany({ where: { opdId: unit.opdId }, select: { id: true, parentId: true, aktif: true } });
    const check = checkMove(nodes, unit.id, input.parentId);
    if (!check.ok) throw new DomainError(check.message, { parentId: [check.message] });
    if (input.parentId && !nodes.find((n) => n.id === input.parentId)!.aktif) throw new DomainError('Unit induk sudah nonaktif.', { parentId: ['Unit induk sudah nonaktif.'] });
    await tx.unitKerja.update({ where: { id: unit.id }, data: { parentId: input.parentId } });
    await recordAudit(tx, actor, { instansiId: unit.opd.instansiId, opdId: unit.opdId, action: 'unitKerja.move', entityType: 'UnitKerja', entityId: unit.id, before: { parentId: unit.parentId }, after: { parentId: input.parentId } });
  });
}
