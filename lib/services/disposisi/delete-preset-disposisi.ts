import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { NotFoundError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';

/** Removes one of the acting post's presets; another post's preset is simply not found. */
export async function deletePresetDisposisi(actor: Actor, presetId: string): Promise<void> {
  assertCan(actor, 'disposisi.give');
  const post = actor.activePost!;
  await prisma.$transaction(async (tx) => {
    const { count } = await tx.presetDisposisi.deleteMany({ where: { id: presetId, jabatanId: post.jabatanId } });
    if (!count) throw new NotFoundError('Preset tidak ditemukan.');
    await recordAudit(tx, actor, { instansiId: actor.instansiId, opdId: post.opdId, action: 'presetDisposisi.delete', entityType: 'PresetDisposisi', entityId: presetId });
  });
}
