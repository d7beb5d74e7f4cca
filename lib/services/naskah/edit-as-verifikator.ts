import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { DomainError } from '@/lib/domain/errors';
import type { EditAsVerifikatorInput } from '@/lib/domain/naskah/konsep-schema';
import { prepareKontenTerpisah } from './naskah-pool';
import { assertTransition } from '@/lib/domain/naskah/state-machine';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { assertPetugasPegawaiKnown } from './check-naskah-attributes';
import { findDraftOrThrow } from './find-draft';
import { findTurnOrThrow } from './find-turn';
import { recordVersionIfChanged } from './record-version';

/** The verifikator whose turn it is corrects the text: a new version by them; their paraf is separate. */
export async function editAsVerifikator(actor: Actor, input: EditAsVerifikatorInput, now = new Date()): Promise<{ versi: number }> {
  assertCan(actor, 'naskah.verify');
  const draft = await findDraftOrThrow(actor, input.naskahId);
  const prepared = await prepareKontenTerpisah(draft.jenis, input.konten);
  if (!prepared.ok) throw new DomainError(prepared.message, prepared.fieldErrors);
  if (!prepared.complete) throw new DomainError('Naskah yang sedang diverifikasi harus tetap lengkap.', prepared.missing);
  await assertPetugasPegawaiKnown(draft.instansiId, prepared.konten);

  return prisma.$transaction(async (tx) => {
    const fresh = await tx.naskah.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true } });
    assertTransition(fresh.status, 'ubahOlehVerifikator');
    await findTurnOrThrow(tx, draft.id, actor.activePost!.jabatanId);
    const versi = await recordVersionIfChanged(
      tx,
      draft.id,
      { pegawaiId: actor.pegawaiId, jabatanId: actor.activePost!.jabatanId },
      { perihal: input.perihal, konten: prepared.konten, catatan: input.catatan || `Diubah oleh ${actor.activePost!.namaSingkat}` },
      now,
    );
    await tx.naskah.update({ where: { id: draft.id }, data: { perihal: input.perihal, konten: prepared.konten as object, updatedAt: now } });
    await recordAudit(tx, actor, { instansiId: draft.instansiId, opdId: draft.opdId, action: 'naskah.editAsVerifikator', entityType: 'Naskah', entityId: draft.id, after: { versi } });
    return { versi };
  });
}
