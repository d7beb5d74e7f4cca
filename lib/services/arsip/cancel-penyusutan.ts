import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { nextPenyusutan } from '@/lib/domain/arsip/penyusutan';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';

/** Withdraws a proposed list (its records become free for another list); the berita acara konsep is cancelled with it. */
export async function cancelPenyusutan(actor: Actor, penyusutanId: string): Promise<void> {
  assertCan(actor, 'arsip.penyusutan');
  await prisma.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "Penyusutan" WHERE "id" = ${penyusutanId}::uuid FOR UPDATE`;
    const p = await tx.penyusutan.findUnique({ where: { id: penyusutanId }, select: { id: true, opdId: true, status: true, beritaAcara: { select: { id: true, status: true } } } });
    if (!p) throw new NotFoundError('Daftar penyusutan tidak ditemukan.');
    assertCan(actor, 'arsip.penyusutan', { opdId: p.opdId });
    const next = nextPenyusutan(p.status, 'batalkan');
    if (!next.ok) throw new DomainError(next.message);
    if (p.beritaAcara.status === 'DITANDATANGANI') throw new DomainError('Berita acara sudah ditandatangani; daftar tidak dapat dibatalkan.');
    await tx.penyusutan.update({ where: { id: p.id }, data: { status: next.status } });
    await tx.naskah.update({ where: { id: p.beritaAcara.id }, data: { status: 'DIBATALKAN' } });
    await recordAudit(tx, actor, { instansiId: actor.instansiId, opdId: p.opdId, action: 'penyusutan.cancel', entityType: 'Penyusutan', entityId: p.id, before: { status: p.status }, after: { status: next.status } });
  });
}
