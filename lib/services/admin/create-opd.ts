import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { OpdFields } from '@/lib/domain/admin/schemas';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { assertOpdKodeFree } from './opd-uniqueness';
import { rethrowUniqueViolation } from './unique-violation';

/** A new OPD of the actor's instansi (admin instansi only). */
export async function createOpd(actor: Actor, input: OpdFields): Promise<{ opdId: string }> {
  assertCan(actor, 'opd.create');
  return prisma
    .$transaction(async (tx) => {
      await assertOpdKodeFree(tx, actor.instansiId, input, null);
      const opd = await tx.opd.create({ data: { ...input, instansiId: actor.instansiId }, select: { id: true } });
      await recordAudit(tx, actor, { instansiId: actor.instansiId, opdId: opd.id, action: 'opd.create', entityType: 'Opd', entityId: opd.id, after: input });
      return { opdId: opd.id };
    })
    .catch((e) => rethrowUniqueViolation(e, 'kode', 'Kode atau singkatan OPD sudah dipakai.'));
}
