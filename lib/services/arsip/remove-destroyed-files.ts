import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { recordAudit } from '@/lib/services/audit/record-audit';
import { getStorage } from '@/lib/storage';

/**
 * Removes from storage every file of destroyed records (the scan or signed PDF, lampiran, tindak
 * lanjut attachments) and records each removal with the file's key and SHA-256. Runs after the
 * destruction commits, outside any transaction; a record whose removal was interrupted keeps
 * berkasDihapusPada null, and running this again finishes it (removing a missing key is no error).
 */
export async function removeDestroyedFiles(actor: Actor, arsipIds: string[], now = new Date()): Promise<number> {
  const arsip = await prisma.arsip.findMany({ where: { id: { in: arsipIds }, status: 'MUSNAH', berkasDihapusPada: null }, select: { id: true, opdId: true, naskahId: true } });
  let removed = 0;
  for (const a of arsip) {
    const files = await prisma.berkas.findMany({
      where: { OR: [{ naskahId: a.naskahId }, { naskahUtama: { id: a.naskahId } }, { tindakLanjut: { penerima: { disposisi: { naskahId: a.naskahId } } } }] },
      select: { id: true, storageKey: true, sha256: true, jenis: true },
    });
    for (const f of files) await getStorage().delete(f.storageKey);
    await prisma.$transaction(async (tx) => {
      await tx.arsip.update({ where: { id: a.id }, data: { berkasDihapusPada: now } });
      await recordAudit(tx, actor, { instansiId: actor.instansiId, opdId: a.opdId, action: 'arsip.deleteFiles', entityType: 'Arsip', entityId: a.id, after: { berkas: files.map((f) => ({ id: f.id, jenis: f.jenis, storageKey: f.storageKey, sha256: f.sha256 })) } });
    });
    removed += files.length;
  }
  return removed;
}
