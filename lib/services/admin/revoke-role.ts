import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { can, opdIdsWithRole } from '@/lib/authz/policy';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { endSessions } from '@/lib/services/auth/end-sessions';

/** Removes a role grant the actor could have given; nobody removes their own admin role here. */
export async function revokeRole(actor: Actor, input: { roleGrantId: string }): Promise<void> {
  const opdIds = opdIdsWithRole(actor, 'role.grant');
  const grant = await prisma.roleGrant.findFirst({
    where: { id: input.roleGrantId, instansiId: actor.instansiId, ...(opdIds === 'ALL' ? {} : { opdId: { in: opdIds } }) },
  });
  if (!grant) throw new NotFoundError('Peran tidak ditemukan atau di luar kewenangan Anda.');
  const allowed = grant.role === 'ADMIN_INSTANSI' ? can(actor, 'role.grant.adminInstansi') : can(actor, 'role.grant', { opdId: grant.opdId ?? undefined });
  if (!allowed) throw new NotFoundError('Peran tidak ditemukan atau di luar kewenangan Anda.');
  if (grant.pegawaiId === actor.pegawaiId && grant.role !== 'PENCATAT') throw new DomainError('Anda tidak dapat mencabut peran admin Anda sendiri.');
  await prisma.$transaction(async (tx) => {
    await tx.roleGrant.delete({ where: { id: grant.id } });
    await endSessions(tx, [grant.pegawaiId], 'PERAN_BERUBAH');
    await recordAudit(tx, actor, { instansiId: grant.instansiId, opdId: grant.opdId, action: 'role.revoke', entityType: 'RoleGrant', entityId: grant.id, before: { pegawaiId: grant.pegawaiId, role: grant.role, opdId: grant.opdId } });
  });
}
