import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { DomainError } from '@/lib/domain/errors';
import { enqueueJobs } from '@/lib/jobs/queue';
import { recordAudit } from '@/lib/services/audit/record-audit';

/**
 * The pemda admin asks for a full backup of the instansi's records and files. The job is queued in
 * the same transaction as the request row; one export runs at a time per instansi.
 */
export async function requestEksporLengkap(actor: Actor): Promise<{ eksporId: string }> {
  assertCan(actor, 'instansi.manage');
  return prisma.$transaction(async (tx) => {
    // Serialises two admins asking at once: the second sees the first's row.
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('ekspor-arsip'), hashtext(${actor.instansiId}))`;
    const berjalan = await tx.eksporArsip.count({ where: { instansiId: actor.instansiId, status: { in: ['MENUNGGU', 'BERJALAN'] } } });
    if (berjalan > 0) throw new DomainError('Ekspor sebelumnya masih berjalan. Tunggu sampai selesai.');
    const ekspor = await tx.eksporArsip.create({ data: { instansiId: actor.instansiId, dimintaOlehId: actor.pegawaiId } });
    await enqueueJobs(tx, [{ task: 'ekspor-arsip-lengkap', payload: { eksporId: ekspor.id }, jobKey: `ekspor-arsip:${ekspor.id}`, maxAttempts: 3 }]);
    await recordAudit(tx, actor, { instansiId: actor.instansiId, action: 'arsip.export', entityType: 'EksporArsip', entityId: ekspor.id });
    return { eksporId: ekspor.id };
  });
}
