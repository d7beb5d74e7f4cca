import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { RenameNodeInput } from '@/lib/domain/admin/schemas';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getJabatanInScopeOrThrow } from './scoped-loaders';

export async function renameJabatan(actor: Actor, input: RenameNodeInput): Promise<void> {
  const jabatan = await getJabatanInScopeOrThrow(actor, input.id);
  assertCan(actor, 'opd.manage', { opdId: jabatan.opdId });
  await prisma.$transaction(async (tx) => {
    await tx.jabatan.update({ where: { id: jabatan.id }, data: { nama: input.nama } });
    await recordAudit(tx, actor, { instansiId: jabatan.opd.instansiId, opdId: jabatan.opdId, action: 'jabatan.rename', entityType: 'Jabatan', entityId: jabatan.id, before: { nama: jabatan.nama }, after: { nama: input.nama } });
  });
}
