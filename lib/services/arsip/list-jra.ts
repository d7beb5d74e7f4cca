import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';

/** The instansi's kode klasifikasi with their JRA entries, a code after its parent. */
export async function listJra(actor: Actor) {
  assertCan(actor, 'admin.view');
  return prisma.klasifikasiArsip.findMany({
    where: { instansiId: actor.instansiId },
    orderBy: { kode: 'asc' },
    select: { id: true, kode: true, nama: true, aktif: true, retensiAktif: true, retensiInaktif: true, keteranganRetensi: true },
  });
}
