import { prisma } from '@/lib/db';
import { queryRows } from '@/lib/db/query-rows';
import type { Actor } from '@/lib/authz/actor';
import { polaAwalan, polaMengandung } from '@/lib/domain/cari/query';
import { DomainError } from '@/lib/domain/errors';
import { KLASIFIKASI_DAFTAR_MAX, type KlasifikasiPilihan } from '@/lib/domain/klasifikasi/pilihan';
import { Prisma } from '@/lib/generated/prisma/client';

/** Suggestions shown at once: enough to see where a kode's branch goes, few enough to read on a phone. */
export const KLASIFIKASI_PILIHAN_MAX = 20;

/**
 * Suggestions as the person types a kode (the search filter; the konsep and registration forms once
 * the list is long): active kode klasifikasi arsip of the actor's instansi whose kode starts with
 * `teks` or whose name holds it (case ignored), in kode order; with no text, the main codes (no dot).
 * Asked on typing (app/(app)/cari/klasifikasi), not carried by every page.
 */
export async function listKlasifikasiPilihan(actor: Actor, teks = ''): Promise<KlasifikasiPilihan[]> {
  const cocok = teks ? Prisma.sql`(k.kode LIKE ${polaAwalan(teks)} OR k.nama ILIKE ${polaMengandung(teks)})` : Prisma.sql`strpos(k.kode, '.') = 0`;
  return queryRows<KlasifikasiPilihan>(Prisma.sql`
    SELECT k.id, k.kode, k.nama FROM "KlasifikasiArsip" k
    WHERE k."instansiId" = ${actor.instansiId}::uuid AND k.aktif AND ${cocok}
    ORDER BY k.kode
    LIMIT ${KLASIFIKASI_PILIHAN_MAX}`);
}

/**
 * Every active code of the instansi for a form's select, or null when there are more than
 * KLASIFIKASI_DAFTAR_MAX: the form then has the kode typed with suggestions.
 */
export async function listKlasifikasiUntukDaftar(instansiId: string): Promise<KlasifikasiPilihan[] | null> {
  const rows = await prisma.klasifikasiArsip.findMany({
    where: { instansiId, aktif: true },
    orderBy: { kode: 'asc' },
    take: KLASIFIKASI_DAFTAR_MAX + 1,
    select: { id: true, kode: true, nama: true },
  });
  return rows.length > KLASIFIKASI_DAFTAR_MAX ? null : rows;
}

/**
 * The id of a typed kode: an active code of the instansi, or a refusal that names it on `field`
 * (a retired code stays on the letters filed under it but takes no new ones).
 */
export async function klasifikasiIdDariKode(instansiId: string, kode: string, field: string): Promise<string> {
  const found = await prisma.klasifikasiArsip.findFirst({ where: { instansiId, kode, aktif: true }, select: { id: true } });
  if (found) return found.id;
  const message = `Kode klasifikasi arsip ${kode} tidak ada di instansi Anda. Pilih dari saran yang muncul saat mengetik.`;
  throw new DomainError(message, { [field]: [message] });
}

/**
 * Whether `kode` is a code of the actor's instansi, retired or not (letters stay filed under a retired
 * code, and the filter still finds them): the search page says so when it is not.
 */
export async function klasifikasiDikenal(actor: Actor, kode: string): Promise<boolean> {
  return (await prisma.klasifikasiArsip.count({ where: { instansiId: actor.instansiId, kode } })) > 0;
}
