import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { pesanIndukNonaktif } from '@/lib/domain/admin/klasifikasi';
import type { KlasifikasiAktifInput } from '@/lib/domain/admin/schemas';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { recordAudit } from '@/lib/services/audit/record-audit';

/**
 * Retires a kode klasifikasi (no longer offered when a letter is written or filed; letters and
 * records already under it keep it) or brings it back. A kode is retired after its sub-codes, and
 * brought back after its induk, so the offered codes always form a tree.
 */
export async function setKlasifikasiAktif(actor: Actor, input: KlasifikasiAktifInput): Promise<void> {
  assertCan(actor, 'masterData.manage');
  await prisma.$transaction(async (tx) => {
    const row = await tx.klasifikasiArsip.findFirst({ where: { id: input.klasifikasiId, instansiId: actor.instansiId }, select: { id: true, kode: true, aktif: true, parentId: true } });
    if (!row) throw new NotFoundError('Kode klasifikasi tidak ditemukan.');
    // Retiring locks the kode, bringing back locks its induk: a sub-code brought back while its induk
    // is retired waits for the other and then sees it.
    if (!input.aktif) {
      await tx.$queryRaw`SELECT id FROM "KlasifikasiArsip" WHERE id = ${row.id}::uuid FOR UPDATE`;
      const anak = await tx.klasifikasiArsip.count({ where: { parentId: row.id, aktif: true } });
      if (anak > 0) throw new DomainError(`Kode ${row.kode} masih mempunyai ${anak} sub-kode aktif; nonaktifkan sub-kodenya dulu.`);
    } else if (row.parentId) {
      await tx.$queryRaw`SELECT id FROM "KlasifikasiArsip" WHERE id = ${row.parentId}::uuid FOR UPDATE`;
      const induk = await tx.klasifikasiArsip.findUniqueOrThrow({ where: { id: row.parentId }, select: { kode: true, aktif: true } });
      if (!induk.aktif) throw new DomainError(pesanIndukNonaktif(induk.kode));
    }
    if (row.aktif === input.aktif) return;
    await tx.klasifikasiArsip.update({ where: { id: row.id }, data: { aktif: input.aktif } });
    await recordAudit(tx, actor, { instansiId: actor.instansiId, action: 'klasifikasi.setActive', entityType: 'KlasifikasiArsip', entityId: row.id, before: { kode: row.kode, aktif: row.aktif }, after: { kode: row.kode, aktif: input.aktif } });
  });
}
