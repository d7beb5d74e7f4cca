import type { Actor } from '@/lib/authz/actor';
import type { Prisma } from '@/lib/generated/prisma/client';
import { recordAudit } from '@/lib/services/audit/record-audit';

/**
 * The signature on a penyusutan's berita acara is its approval (the paraf chain before it was the
 * review), so a proposed list becomes approved in the signing transaction, with its audit row.
 */
export async function approvePenyusutanOnSign(tx: Prisma.TransactionClient, actor: Actor, naskahId: string, now: Date): Promise<void> {
  const p = await tx.penyusutan.findUnique({ where: { beritaAcaraNaskahId: naskahId }, select: { id: true, status: true, opdId: true, jenis: true } });
  if (!p || p.status !== 'DIUSULKAN') return;
  await tx.penyusutan.update({ where: { id: p.id }, data: { status: 'DISETUJUI', disetujuiPada: now } });
  await recordAudit(tx, actor, {
    instansiId: actor.instansiId,
    opdId: p.opdId,
    action: 'penyusutan.approve',
    entityType: 'Penyusutan',
    entityId: p.id,
    before: { status: 'DIUSULKAN' },
    after: { status: 'DISETUJUI', jenis: p.jenis, beritaAcara: naskahId },
  });
}
