import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { NotFoundError } from '@/lib/domain/errors';
import { getStorage } from '@/lib/storage';

/** A finished full export, streamed from the object store. */
export async function openEksporArsip(actor: Actor, eksporId: string) {
  assertCan(actor, 'instansi.manage');
  const ekspor = await prisma.eksporArsip.findFirst({ where: { id: eksporId, instansiId: actor.instansiId, status: 'SELESAI' }, select: { storageKey: true, createdAt: true } });
  const stored = ekspor?.storageKey ? await getStorage().getStream(ekspor.storageKey) : null;
  if (!ekspor || !stored) throw new NotFoundError('Ekspor tidak ditemukan atau belum selesai.');
  return { ...stored, namaFile: `arsip-lengkap-${ekspor.createdAt.toISOString().slice(0, 10)}.zip` };
}
