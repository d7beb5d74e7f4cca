import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import type { UpdateJraInput } from '@/lib/domain/arsip/schemas';
import { NotFoundError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { recomputeRetensi } from './recompute-retensi';

/** Sets the JRA entry of one kode klasifikasi; the records filed under it get new dates. */
export async function updateJra(actor: Actor, input: UpdateJraInput): Promise<{ arsipDiperbarui: number }> {
  assertCan(actor, 'masterData.manage');
  return prisma.$transaction(async (tx) => {
    const before = await tx.klasifikasiArsip.findFirst({ where: { id: input.klasifikasiId, instansiId: actor.instansiId }, select: { id: true, kode: true, retensiAktif: true, retensiInaktif: true, keteranganRetensi: true } });
    if (!before) throw new NotFoundError('Kode klasifikasi tidak ditemukan.');
    await tx.klasifikasiArsip.update({ where: { id: before.id }, data: { retensiAktif: input.retensiAktif, retensiInaktif: input.retensiInaktif, keteranganRetensi: input.keterangan } });
    const arsipDiperbarui = await recomputeRetensi(tx, [before.id]);
    await recordAudit(tx, actor, {
      instansiId: actor.instansiId,
      action: 'jra.update',
      entityType: 'KlasifikasiArsip',
      entityId: before.id,
      before: { kode: before.kode, retensiAktif: before.retensiAktif, retensiInaktif: before.retensiInaktif, keterangan: before.keteranganRetensi },
      after: { kode: before.kode, retensiAktif: input.retensiAktif, retensiInaktif: input.retensiInaktif, keterangan: input.keterangan, arsipDiperbarui },
    });
    return { arsipDiperbarui };
  });
}
