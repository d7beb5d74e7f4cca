import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { nextPenyusutan } from '@/lib/domain/arsip/penyusutan';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { recordAudit, recordAuditMany } from '@/lib/services/audit/record-audit';
import { removeDestroyedFiles } from './remove-destroyed-files';

const STATUS_SESUDAH = { PEMINDAHAN: 'INAKTIF', PEMUSNAHAN: 'MUSNAH', PENYERAHAN: 'DISERAHKAN' } as const;
const AKSI_SESUDAH = { PEMINDAHAN: 'arsip.transfer', PEMUSNAHAN: 'arsip.destroy', PENYERAHAN: 'arsip.handOver' } as const;

/**
 * Carries out an approved penyusutan: records move to the unit kearsipan (inaktif), are destroyed,
 * or are marked handed over. Destruction first commits the state (with an audit row per record),
 * then removes the files from storage and records each removal; the descriptions, the audit trail
 * and the berita acara stay.
 */
export async function executePenyusutan(actor: Actor, penyusutanId: string, now = new Date()): Promise<{ jumlah: number; berkasDihapus: number }> {
  assertCan(actor, 'arsip.penyusutan');
  const done = await prisma.$transaction(
    async (tx) => {
      await tx.$queryRaw`SELECT 1 FROM "Penyusutan" WHERE "id" = ${penyusutanId}::uuid FOR UPDATE`;
      const p = await tx.penyusutan.findUnique({ where: { id: penyusutanId }, select: { id: true, opdId: true, jenis: true, status: true, arsip: { select: { arsipId: true } } } });
      if (!p) throw new NotFoundError('Daftar penyusutan tidak ditemukan.');
      assertCan(actor, 'arsip.penyusutan', { opdId: p.opdId });
      const next = nextPenyusutan(p.status, 'laksanakan');
      if (!next.ok) throw new DomainError(next.message);
      const ids = p.arsip.map((a) => a.arsipId);
      const status = STATUS_SESUDAH[p.jenis];
      await tx.arsip.updateMany({ where: { id: { in: ids } }, data: { status } });
      await tx.penyusutan.update({ where: { id: p.id }, data: { status: next.status, dilaksanakanPada: now } });
      await recordAudit(tx, actor, { instansiId: actor.instansiId, opdId: p.opdId, action: 'penyusutan.execute', entityType: 'Penyusutan', entityId: p.id, before: { status: p.status }, after: { status: next.status, jenis: p.jenis, jumlah: ids.length } });
      await recordAuditMany(
        tx,
        actor,
        ids.map((id) => ({ instansiId: actor.instansiId, opdId: p.opdId, action: AKSI_SESUDAH[p.jenis], entityType: 'Arsip' as const, entityId: id, after: { status, penyusutanId: p.id } })),
      );
      return { jenis: p.jenis, ids };
    },
    { timeout: 60_000 },
  );
  const berkasDihapus = done.jenis === 'PEMUSNAHAN' ? await removeDestroyedFiles(actor, done.ids, now) : 0;
  return { jumlah: done.ids.length, berkasDihapus };
}
