import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { NotFoundError } from '@/lib/domain/errors';
import { assertTransition } from '@/lib/domain/naskah/state-machine';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getStorage } from '@/lib/storage';
import { assertDrafter, findDraftOrThrow } from './find-draft';

/** Removes a lampiran from the drafter's konsep (row in the transaction, bytes after commit). */
export async function deleteLampiran(actor: Actor, input: { naskahId: string; berkasId: string }): Promise<void> {
  assertCan(actor, 'naskah.draft');
  const draft = await findDraftOrThrow(actor, input.naskahId);
  assertDrafter(actor, draft);
  const key = await prisma.$transaction(async (tx) => {
    const fresh = await tx.naskah.findUniqueOrThrow({ where: { id: draft.id }, select: { status: true } });
    assertTransition(fresh.status, 'simpan');
    const berkas = await tx.berkas.findFirst({ where: { id: input.berkasId, naskahId: draft.id, jenis: 'LAMPIRAN' }, select: { id: true, storageKey: true } });
    if (!berkas) throw new NotFoundError('Lampiran tidak ditemukan.');
    await tx.berkas.delete({ where: { id: berkas.id } });
    await tx.naskah.update({ where: { id: draft.id }, data: { lampiranJumlah: await tx.berkas.count({ where: { naskahId: draft.id, jenis: 'LAMPIRAN' } }) } });
    await recordAudit(tx, actor, { instansiId: draft.instansiId, opdId: draft.opdId, action: 'lampiran.delete', entityType: 'Berkas', entityId: berkas.id, after: { naskahId: draft.id } });
    return berkas.storageKey;
  });
  await getStorage().delete(key);
}
