import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';

/** The instansi's klasifikasi arsip, ordered so that a code follows its parent. */
export async function listKlasifikasi(actor: Actor) {
  assertCan(actor, 'admin.view');
  return prisma.klasifikasiArsip.findMany({ where: { instansiId: actor.instansiId }, orderBy: { kode: 'asc' }, select: { id: true, kode: true, nama: true, parentId: true, aktif: true } });
}
