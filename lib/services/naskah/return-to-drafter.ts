import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { can } from '@/lib/authz/policy';
import { ForbiddenError } from '@/lib/domain/errors';
import type { ReturnToDrafterInput } from '@/lib/domain/naskah/konsep-schema';
import { currentPutaran } from '@/lib/domain/naskah/review-chain';
import { assertTransition } from '@/lib/domain/naskah/state-machine';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { notify } from '@/lib/services/notifikasi/notify';
import { findDraftOrThrow } from './find-draft';
import { closeStep, findTurnOrThrow } from './find-turn';

/**
 * Returns the naskah to the drafter with notes: by the verifikator whose turn it is, or by the
 * signer while it waits for the signature (recorded as a returned step after the chain). The
 * round ends (a returned step closes it; its unacted steps stay as the record of the chain the
 * drafter chose, offered again on resubmission), and the next submission starts a new round.
 */
export async function returnToDrafter(actor: Actor, input: ReturnToDrafterInput, now = new Date()): Promise<void> {
  if (!can(actor, 'naskah.verify') && !can(actor, 'naskah.sign')) throw new ForbiddenError();
  const draft = await findDraftOrThrow(actor, input.naskahId);
  const jabatanId = actor.activePost!.jabatanId;
  await prisma.$transaction(async (tx) => {
    const fresh = await tx.naskah.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, versiTerakhir: true, penandatanganJabatanId: true } });
    const status = assertTransition(fresh.status, 'kembalikan');
    const acted = { status: 'DIKEMBALIKAN' as const, pegawaiId: actor.pegawaiId, catatan: input.catatan, actedAt: now, versi: fresh.versiTerakhir };
    let putaran: number;
    if (fresh.status === 'VERIFIKASI') {
      const turn = await findTurnOrThrow(tx, draft.id, jabatanId);
      await closeStep(tx, turn.step.id, acted);
      putaran = turn.putaran;
    } else {
      if (fresh.penandatanganJabatanId !== jabatanId) throw new ForbiddenError('Hanya penandatangan yang dapat mengembalikan naskah ini.');
      const steps = await tx.verifikasiNaskah.findMany({ where: { naskahId: draft.id }, select: { putaran: true, urutan: true } });
      putaran = Math.max(currentPutaran(steps), 1);
      const urutan = Math.max(0, ...steps.filter((s) => s.putaran === putaran).map((s) => s.urutan)) + 1;
      await tx.verifikasiNaskah.create({ data: { naskahId: draft.id, putaran, urutan, jabatanId, ...acted } });
    }
    await tx.naskah.update({ where: { id: draft.id }, data: { status, updatedAt: now } });
    await recordAudit(tx, actor, {
      instansiId: draft.instansiId,
      opdId: draft.opdId,
      action: 'naskah.return',
      entityType: 'Naskah',
      entityId: draft.id,
      before: { status: fresh.status },
      after: { status, putaran, catatan: input.catatan },
    });
    await notify(tx, { jenis: 'KONSEP_DIKEMBALIKAN', naskahId: draft.id }, { now, actorPegawaiId: actor.pegawaiId });
  });
}
