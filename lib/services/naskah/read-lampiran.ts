import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { naskahDraftScope } from '@/lib/authz/scope';
import { NotFoundError } from '@/lib/domain/errors';
import { getStorage } from '@/lib/storage';

/** The bytes of a lampiran of a draft the actor may see. */
export async function readLampiran(actor: Actor, berkasId: string): Promise<{ namaFile: string; mime: string; bytes: Uint8Array }> {
  const berkas = await prisma.berkas.findFirst({
    where: { id: berkasId, jenis: 'LAMPIRAN', naskah: naskahDraftScope(actor) },
    select: { namaFile: true, mime: true, storageKey: true },
  });
  const stored = berkas ? await getStorage().get(berkas.storageKey) : null;
  if (!berkas || !stored) throw new NotFoundError('Lampiran tidak ditemukan atau Anda tidak berwenang membukanya.');
  return { namaFile: berkas.namaFile, mime: berkas.mime, bytes: stored.bytes };
}
