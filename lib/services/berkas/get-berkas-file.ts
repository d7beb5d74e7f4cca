import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { naskahVisibleScope } from '@/lib/authz/scope';
import { NotFoundError } from '@/lib/domain/errors';
import { getStorage } from '@/lib/storage';
import type { FileStorage } from '@/lib/storage/types';

export const BERKAS_NOT_FOUND_MESSAGE = 'Berkas tidak ditemukan atau Anda tidak berwenang membukanya.';

/**
 * A stored file, only when the letter it belongs to (directly, or through a tindak lanjut on its
 * disposisi) is visible to the actor: Rahasia files open only for the posts the letter reached.
 */
export async function getBerkasFile(actor: Actor, berkasId: string, storage: FileStorage = getStorage()) {
  const visible = naskahVisibleScope(actor);
  const berkas = await prisma.berkas.findFirst({
    where: {
      id: berkasId,
      OR: [{ naskah: visible }, { tindakLanjut: { penerima: { disposisi: { naskah: visible } } } }],
    },
    select: { id: true, storageKey: true, namaFile: true, mime: true, sha256: true },
  });
  if (!berkas) throw new NotFoundError(BERKAS_NOT_FOUND_MESSAGE);
  const stored = await storage.get(berkas.storageKey);
  if (!stored) throw new NotFoundError(BERKAS_NOT_FOUND_MESSAGE);
  return { namaFile: berkas.namaFile, mime: berkas.mime, sha256: berkas.sha256, bytes: stored.bytes };
}
