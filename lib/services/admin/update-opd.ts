import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { UpdateOpdInput } from '@/lib/domain/admin/schemas';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { assertOpdKodeFree } from './opd-uniqueness';
import { getOpdInScopeOrThrow } from './scoped-loaders';
import { rethrowUniqueViolation } from './unique-violation';

/** Edits the identity and kop data of an OPD the actor manages. */
export async function updateOpd(actor: Actor, input: UpdateOpdInput): Promise<void> {
  const { opdId, ...fields } = input;
  const before = await getOpdInScopeOrThrow(actor, opdId);
  assertCan(actor, 'opd.manage', { opdId });
  await prisma
    .$transaction(async (tx) => {
      await assertOpdKodeFree(tx, before.instansiId, fields, opdId);
      await tx.opd.update({ where: { id: opdId }, data: fields });
      await recordAudit(tx, actor, {
        instansiId: before.instansiId,
        opdId,
        action: 'opd.update',
        entityType: 'Opd',
        entityId: opdId,
        before: { kode: before.kode, nama: before.nama, singkatan: before.singkatan, alamat: before.alamat },
        after: fields,
      });
    })
    .catch((e) => rethrowUniqueViolation(e, 'kode', 'Kode atau singkatan OPD sudah dipakai.'));
}
