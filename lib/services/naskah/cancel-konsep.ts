import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { CancelKonsepInput } from '@/lib/domain/naskah/konsep-schema';
import { DomainError } from '@/lib/domain/errors';
import { assertTransition, nextStatus } from '@/lib/domain/naskah/state-machine';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { assertDrafter, findDraftOrThrow } from './find-draft';

/**
 * The drafter abandons a konsep (or a returned one). It is kept, with its versions and lampiran,
 * as a record, but leaves every worklist and can no longer move. A naskah in the chain must be
 * pulled back first, so no verifikator loses a naskah from under them without seeing it go.
 */
export async function cancelKonsep(actor: Actor, input: CancelKonsepInput, now = new Date()): Promise<void> {
  assertCan(actor, 'naskah.draft');
  const draft = await findDraftOrThrow(actor, input.naskahId);
  assertDrafter(actor, draft);
  await prisma.$transaction(async (tx) => {
    const fresh = await tx.naskah.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true } });
    if (nextStatus(fresh.status, 'tarik') !== null) throw new DomainError('Naskah ini sedang dalam alur verifikasi. Tarik kembali menjadi konsep lebih dulu, lalu batalkan.');
    const status = assertTransition(fresh.status, 'batalkan');
    await tx.naskah.update({ where: { id: draft.id }, data: { status, updatedAt: now } });
    await recordAudit(tx, actor, {
      instansiId: draft.instansiId,
      opdId: draft.opdId,
      action: 'naskah.cancel',
      entityType: 'Naskah',
      entityId: draft.id,
      before: { status: fresh.status },
      after: { status, alasan: input.alasan || null },
    });
  });
}
