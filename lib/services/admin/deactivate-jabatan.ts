import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { DomainError } from '@/lib/domain/errors';
import { calendarDay } from '@/lib/domain/jabatan/acting';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { dbDay, getJabatanInScopeOrThrow } from './scoped-loaders';

/**
 * Deactivates a post. Posts are never deleted: letters, dispositions and signatures point at them.
 * Refused while the post has active subordinates or someone holds it today or later.
 */
export async function deactivateJabatan(actor: Actor, input: { id: string }, now = new Date()): Promise<void> {
  const jabatan = await getJabatanInScopeOrThrow(actor, input.id);
  assertCan(actor, 'opd.manage', { opdId: jabatan.opdId });
  const today = dbDay(calendarDay(now));
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Opd" WHERE id = ${jabatan.opdId}::uuid FOR UPDATE`;
    if (await tx.jabatan.count({ where: { parentId: jabatan.id, aktif: true } })) {
      throw new DomainError('Jabatan ini masih mempunyai bawahan aktif; pindahkan atau nonaktifkan bawahannya dulu.');
    }
    if (await tx.penugasanJabatan.count({ where: { jabatanId: jabatan.id, OR: [{ selesai: null }, { selesai: { gte: today } }] } })) {
      throw new DomainError('Jabatan ini masih dijabat; akhiri dulu penugasannya.');
    }
    await tx.jabatan.update({ where: { id: jabatan.id }, data: { aktif: false } });
    await recordAudit(tx, actor, { instansiId: jabatan.opd.instansiId, opdId: jabatan.opdId, action: 'jabatan.deactivate', entityType: 'Jabatan', entityId: jabatan.id, before: { aktif: true }, after: { aktif: false } });
  });
}
