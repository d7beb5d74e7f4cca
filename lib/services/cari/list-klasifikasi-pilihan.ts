import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';

/** Active kode klasifikasi arsip of the actor's instansi, for the search filter. */
export async function listKlasifikasiPilihan(actor: Actor) {
  return prisma.klasifikasiArsip.findMany({
    where: { instansiId: actor.instansiId, aktif: true },
    orderBy: { kode: 'asc' },
    select: { id: true, kode: true, nama: true },
    take: 500,
  });
}
