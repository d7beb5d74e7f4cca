import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { MoveArsipInput } from '@/lib/domain/arsip/schemas';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { unitPengolahOf } from './arsip-scope';

/** Groups active records of the actor's unit into one of the unit's folders. */
export async function moveArsip(actor: Actor, input: MoveArsipInput): Promise<{ moved: number }> {
  assertCan(actor, 'arsip.read');
  const unitKerjaId = await unitPengolahOf(actor);
  if (!unitKerjaId) throw new NotFoundError('Berkas tidak ditemukan.');
  return prisma.$transaction(async (tx) => {
    const berkas = await tx.berkasArsip.findFirst({ where: { id: input.berkasArsipId, unitKerjaId }, select: { id: true, judul: true } });
    if (!berkas) throw new NotFoundError('Berkas tidak ditemukan.');
    const arsip = await tx.arsip.findMany({ where: { id: { in: input.arsipIds }, unitKerjaId }, select: { id: true, status: true, berkasArsipId: true } });
    if (arsip.length !== new Set(input.arsipIds).size) throw new NotFoundError('Sebagian arsip tidak ditemukan di unit Anda.');
    if (arsip.some((a) => a.status !== 'AKTIF')) throw new DomainError('Hanya arsip aktif yang dapat dipindah antarberkas.');
    await tx.arsip.updateMany({ where: { id: { in: arsip.map((a) => a.id) } }, data: { berkasArsipId: berkas.id } });
    for (const a of arsip) {
      await recordAudit(tx, actor, { instansiId: actor.instansiId, opdId: actor.activePost?.opdId ?? null, action: 'arsip.move', entityType: 'Arsip', entityId: a.id, before: { berkasArsipId: a.berkasArsipId }, after: { berkasArsipId: berkas.id, judul: berkas.judul } });
    }
    return { moved: arsip.length };
  });
}
