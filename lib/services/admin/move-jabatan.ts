import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { MoveNodeInput } from '@/lib/domain/admin/schemas';
import { DomainError } from '@/lib/domain/errors';
import { checkMove, descendantIds } from '@/lib/domain/organisasi/tree';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getJabatanInScopeOrThrow } from './scoped-loaders';

/** Puts a post under a new atasan in the same OPD; refuses cycles; the subtree's levels follow. */
export async function moveJabatan(actor: Actor, input: MoveNodeInput): Promise<void> {
  const jabatan = await getJabatanInScopeOrThrow(actor, input.id);
  assertCan(actor, 'opd.manage', { opdId: jabatan.opdId });
  if (input.parentId === null) throw new DomainError('Jabatan harus mempunyai atasan; pimpinan OPD tidak dipindahkan.', { parentId: ['Pilih jabatan atasan.'] });
  await prisma.$transaction(async (tx) => {
    // Serialise tree edits of one OPD so two concurrent moves cannot together make a cycle.
    await tx.$queryRaw`SELECT id FROM "Opd" WHERE id = ${jabatan.opdId}::uuid FOR UPDATE`;
    const nodes = await tx.jabatan.findMany({ where: { opdId: jabatan.opdId }, select: { id: true, parentId: true, level: true, aktif: true } });
    const check = checkMove(nodes, jabatan.id, input.parentId);
    if (!check.ok) throw new DomainError(check.message, { parentId: [check.message] });
    const parent = nodes.find((n) => n.id === input.parentId)!;
    if (!parent.aktif) throw new DomainError('Jabatan atasan sudah nonaktif.', { parentId: ['Jabatan atasan sudah nonaktif.'] });
    const current = nodes.find((n) => n.id === jabatan.id)!;
    const delta = parent.level + 1 - current.level;
    await tx.jabatan.update({ where: { id: jabatan.id }, data: { parentId: parent.id, isPimpinanOpd: false } });
    if (delta !== 0) await tx.jabatan.updateMany({ where: { id: { in: [...descendantIds(nodes, jabatan.id)] } }, data: { level: { increment: delta } } });
    await recordAudit(tx, actor, { instansiId: jabatan.opd.instansiId, opdId: jabatan.opdId, action: 'jabatan.move', entityType: 'Jabatan', entityId: jabatan.id, before: { parentId: jabatan.parentId }, after: { parentId: parent.id } });
  });
}
