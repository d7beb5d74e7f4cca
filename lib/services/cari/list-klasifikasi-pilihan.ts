import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import type { KlasifikasiPilihan } from '@/lib/domain/cari/filter';
import { Prisma } from '@/lib/generated/prisma/client';

/**
 * Active kode klasifikasi arsip of the actor's instansi, for the search filter: on every search, so
 * one prepared statement (a plan that does not depend on the instansi) rather than a Prisma query.
 */
export async function listKlasifikasiPilihan(actor: Actor) {
  return prisma.$queryRaw<KlasifikasiPilihan[]>(Prisma.sql`/* prepared */
    SELECT k.kode, k.nama FROM "KlasifikasiArsip" k
    WHERE k."instansiId" = ${actor.instansiId}::uuid AND k.aktif
    ORDER BY k.kode
    LIMIT 500`);
}
