import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { DomainError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getUnitKerjaInScopeOrThrow } from './scoped-loaders';

/** Deactivates an empty unit kerja (no active sub-unit, no active jabatan). */
export async function deactivateUnitKerja(actor: Actor, input: { id: string }): Promise<void> {
  const unit = await getUnitKerjaInScopeOrThrow(actor, input.id);
  assertCan(actor, 'opd.manage', { opdId: unit.opdId });
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Opd" WHERE id = ${unit.opdId}::uuid FOR UPDATE`;
    if (await tx.unitKerja.count({ where: { parentId: unit.id, aktif: true } })) throw new DomainError('Unit ini masih mempunyai sub-unit aktif.');
    if (await tx.jabatan.count({ where: { unitKerjaId: unit.id, aktif: true } })) throw new DomainError('Unit ini masih mempunyai jabatan aktif; pindahkan atau nonaktifkan dulu.');
    await tx.unitKerja.update({ where: { id: unit.id }, data: { aktif: false } });
    await recordAudit(tx, actor, { instansiId: unit.opd.instansiId, opdId: unit.opdId, action: 'unitKerja.deactivate', entityType: 'UnitKerja', entityId: unit.id, before: { aktif: true }, after: { aktif: false } });
  });
}
