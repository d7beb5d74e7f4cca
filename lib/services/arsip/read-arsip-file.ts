import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { NotFoundError } from '@/lib/domain/errors';
import { getStorage } from '@/lib/storage';
import { arsipScope, unitPengolahOf } from './arsip-scope';

/** The main file of a record (signed PDF or scan), for those who may see the record; gone once destroyed. */
export async function readArsipFile(actor: Actor, arsipId: string): Promise<{ bytes: Uint8Array; namaFile: string; mime: string }> {
  assertCan(actor, 'arsip.read');
  const a = await prisma.arsip.findFirst({
    where: { AND: [{ id: arsipId, berkasDihapusPada: null }, arsipScope(actor, await unitPengolahOf(actor))] },
    select: { naskah: { select: { berkasUtama: { select: { storageKey: true, namaFile: true, mime: true } } } } },
  });
  const file = a?.naskah.berkasUtama;
  const stored = file ? await getStorage().get(file.storageKey) : null;
  if (!file || !stored) throw new NotFoundError('Berkas arsip tidak ditemukan.');
  return { bytes: stored.bytes, namaFile: file.namaFile, mime: file.mime };
}
