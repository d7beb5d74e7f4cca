import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { RenameKlasifikasiInput } from '@/lib/domain/admin/schemas';
import { NotFoundError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';

/** Renames a kode klasifikasi (a typo, a pemda's own wording); its kode, and every letter filed under it, stay. */
export async function renameKlasifikasi(actor: Actor, input: RenameKlasifikasiInput): Promise<void> {
  assertCan(actor, 'masterData.manage');
  await prisma.$transaction(async (tx) => {
    const before = await tx.klasifikasiArsip.findFirst({ where: { id: input.klasifikasiId, instansiId: actor.instansiId }, select: { id: true, kode: true, nama: true } });
    if (!before) throw new NotFoundError('Kode klasifikasi tidak ditemukan.');
    await tx.klasifikasiArsip.update({ where: { id: before.id }, data: { nama: input.nama } });
    await recordAudit(tx, actor, { instansiId: actor.instansiId, action: 'klasifikasi.rename', entityType: 'KlasifikasiArsip', entityId: before.id, before: { kode: before.kode, nama: before.nama }, after: { kode: before.kode, nama: input.nama } });
  });
}
