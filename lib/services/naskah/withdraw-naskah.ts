import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { assertTransition } from '@/lib/domain/naskah/state-machine';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { assertDrafter, findDraftOrThrow } from './find-draft';

/** The drafter pulls a submitted naskah back to konsep; the waiting steps of the round are removed. */
export async function withdrawNaskah(actor: Actor, naskahId: string, now = new Date()): Promise<void> {
  assertCan(actor, 'naskah.draft');
  const draft = await findDraftOrThrow(actor, naskahId);
  assertDrafter(actor, draft);
  await prisma.$transaction(async (tx) => {
    const fresh = await tx.naskah.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true } });
    const status = assertTransition(fresh.status, 'tarik');
    await tx.verifikasiNaskah.deleteMany({ where: { naskahId: draft.id, status: 'MENUNGGU' } });
    await tx.naskah.update({ where: { id: draft.id }, data: { status, updatedAt: now } });
    await recordAudit(tx, actor, { instansiId: draft.instansiId, opdId: draft.opdId, action: 'naskah.withdraw', entityType: 'Naskah', entityId: draft.id, before: { status: fresh.status }, after: { status } });
  });
}
