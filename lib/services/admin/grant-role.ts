import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan, can } from '@/lib/authz/policy';
import type { GrantRoleInput } from '@/lib/domain/admin/schemas';
import { DomainError, ForbiddenError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { endSessions } from '@/lib/services/auth/end-sessions';
import { getOpdInScopeOrThrow, getPegawaiInScopeOrThrow } from './scoped-loaders';

/**
 * Grants a role: admin instansi (instansi-wide, only by an admin instansi), admin OPD or pencatat
 * of one OPD (by an admin of that OPD). The person must be someone the actor manages.
 */
export async function grantRole(actor: Actor, input: GrantRoleInput): Promise<{ roleGrantId: string }> {
  const pegawai = await getPegawaiInScopeOrThrow(actor, input.pegawaiId);
  let opdId: string | null = null;
  if (input.role === 'ADMIN_INSTANSI') {
    if (!can(actor, 'role.grant.adminInstansi')) throw new ForbiddenError('Hanya admin instansi yang dapat memberi peran admin instansi.');
  } else {
    if (!input.opdId) throw new DomainError('Pilih OPD untuk peran ini.', { opdId: ['Pilih OPD untuk peran ini.'] });
    opdId = (await getOpdInScopeOrThrow(actor, input.opdId, 'role.grant')).id;
    assertCan(actor, 'role.grant', { opdId });
  }
  return prisma.$transaction(async (tx) => {
    if (await tx.roleGrant.findFirst({ where: { pegawaiId: pegawai.id, role: input.role, opdId }, select: { id: true } })) {
      throw new DomainError('Pegawai ini sudah mempunyai peran tersebut.', { role: ['Peran ini sudah dimiliki.'] });
    }
    await endSessions(tx, [pegawai.id], 'PERAN_BERUBAH');
    const grant = await tx.roleGrant.create({ data: { instansiId: pegawai.instansiId, pegawaiId: pegawai.id, role: input.role, opdId }, select: { id: true } });
    await recordAudit(tx, actor, { instansiId: pegawai.instansiId, opdId: opdId ?? pegawai.opdId, action: 'role.grant', entityType: 'RoleGrant', entityId: grant.id, after: { pegawaiId: pegawai.id, role: input.role, opdId } });
    return { roleGrantId: grant.id };
  });
}
