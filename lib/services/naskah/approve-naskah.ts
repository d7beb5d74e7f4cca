import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { assertTransition } from '@/lib/domain/naskah/state-machine';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { periksaSertifikatPenandatangan } from '@/lib/services/tanda-tangan/periksa-sertifikat-penandatangan';
import { notify } from '@/lib/services/notifikasi/notify';
import { findDraftOrThrow } from './find-draft';
import { closeStep, findTurnOrThrow } from './find-turn';

/** Paraf by the verifikator whose turn it is; the last paraf sends the naskah to the signer. */
export async function approveNaskah(actor: Actor, naskahId: string, now = new Date()): Promise<{ status: 'VERIFIKASI' | 'MENUNGGU_TANDA_TANGAN' }> {
  assertCan(actor, 'naskah.verify');
  const draft = await findDraftOrThrow(actor, naskahId);
  const result = await prisma.$transaction(async (tx) => {
    const fresh = await tx.naskah.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true, versiTerakhir: true } });
    assertTransition(fresh.status, 'paraf');
    const turn = await findTurnOrThrow(tx, draft.id, actor.activePost!.jabatanId);
    const status = assertTransition(fresh.status, turn.last ? 'siapTandaTangan' : 'paraf') as 'VERIFIKASI' | 'MENUNGGU_TANDA_TANGAN';
    await closeStep(tx, turn.step.id, { status: 'DISETUJUI', pegawaiId: actor.pegawaiId, actedAt: now, versi: fresh.versiTerakhir });
    await tx.naskah.update({ where: { id: draft.id }, data: { status, updatedAt: now } });
    await recordAudit(tx, actor, {
      instansiId: draft.instansiId,
      opdId: draft.opdId,
      action: 'naskah.paraf',
      entityType: 'Naskah',
      entityId: draft.id,
      before: { status: fresh.status },
      after: { status, putaran: turn.putaran, urutan: turn.step.urutan, versi: fresh.versiTerakhir },
    });
    await notify(tx, { jenis: 'NASKAH_MENUNGGU', naskahId: draft.id }, { now, actorPegawaiId: actor.pegawaiId });
    return { status };
  });
  if (result.status === 'MENUNGGU_TANDA_TANGAN') await periksaSertifikatPenandatangan(draft.id, { now });
  return result;
}
