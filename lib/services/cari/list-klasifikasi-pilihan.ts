import { prisma } from '@/lib/db';
import type { Actor } from '@/lib/authz/actor';
import type { KlasifikasiPilihan } from '@/lib/domain/cari/filter';
import { polaAwalan, polaMengandung } from '@/lib/domain/cari/query';
import { Prisma } from '@/lib/generated/prisma/client';

/** Suggestions shown at once: enough to see where a kode's branch goes, few enough to read on a phone. */
export const KLASIFIKASI_PILIHAN_MAX = 20;

/**
 * The search filter's suggestions as the person types: active kode klasifikasi arsip of the actor's
 * instansi whose kode starts with `teks` or whose name holds it (case ignored), in kode order; with
 * no text, the main codes (no dot). Asked on typing (app/(app)/cari/klasifikasi), not carried by
 * every search page: the page listed every code, at most 500, so a full Permendagri 83/2022 list
 * left the later codes out of reach and put ~500 options twice (HTML and flight data) on each page.
 */
export async function listKlasifikasiPilihan(actor: Actor, teks = ''): Promise<KlasifikasiPilihan[]> {
  const cocok = teks ? Prisma.sql`(k.kode LIKE ${polaAwalan(teks)} OR k.nama ILIKE ${polaMengandung(teks)})` : Prisma.sql`strpos(k.kode, '.') = 0`;
  return prisma.$queryRaw<KlasifikasiPilihan[]>`
    SELECT k.kode, k.nama FROM "KlasifikasiArsip" k
    WHERE k."instansiId" = ${actor.instansiId}::uuid AND k.aktif AND ${cocok}
    ORDER BY k.kode
    LIMIT ${KLASIFIKASI_PILIHAN_MAX}`;
}

/**
 * Whether `kode` is a code of the actor's instansi, retired or not (letters stay filed under a retired
 * code, and the filter still finds them): the search page says so when it is not.
 */
export async function klasifikasiDikenal(actor: Actor, kode: string): Promise<boolean> {
  return (await prisma.klasifikasiArsip.count({ where: { instansiId: actor.instansiId, kode } })) > 0;
}
