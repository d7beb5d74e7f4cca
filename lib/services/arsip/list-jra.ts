import { queryRows } from '@/lib/db/query-rows';
import type { Actor } from '@/lib/authz/actor';
import { assertCan } from '@/lib/authz/policy';
import { polaAwalan, polaMengandung } from '@/lib/domain/cari/query';
import { Prisma } from '@/lib/generated/prisma/client';
import type { KeteranganRetensi } from '@/lib/generated/prisma/enums';

/**
 * Codes the page lists at once. A full Permendagri 83/2022 list with its JRA is well over a thousand
 * rows, each a table row sent twice (HTML and flight data): past this the admin narrows by kode or name.
 */
export const JRA_TAMPIL_MAX = 200;

/**
 * The instansi's kode klasifikasi with their JRA entries, a code after its parent: those whose kode
 * starts with `teks` or whose name holds it (case ignored), at most JRA_TAMPIL_MAX, with how many
 * match, how many codes there are and how many lack a JRA.
 */
export async function listJra(actor: Actor, { teks }: { teks?: string } = {}) {
  assertCan(actor, 'admin.view');
  const instansi = Prisma.sql`k."instansiId" = ${actor.instansiId}::uuid`;
  // LIKE's wildcards typed by the admin are letters (polaAwalan, polaMengandung).
  const where = teks ? Prisma.sql`${instansi} AND (k.kode LIKE ${polaAwalan(teks)} OR k.nama ILIKE ${polaMengandung(teks)})` : instansi;
  const [rows, [hitung]] = await Promise.all([
    queryRows<{ id: string; kode: string; nama: string; aktif: boolean; retensiAktif: number | null; retensiInaktif: number | null; keteranganRetensi: KeteranganRetensi | null }>(Prisma.sql`
      SELECT k.id, k.kode, k.nama, k.aktif, k."retensiAktif", k."retensiInaktif", k."keteranganRetensi" FROM "KlasifikasiArsip" k
      WHERE ${where} ORDER BY k.kode LIMIT ${JRA_TAMPIL_MAX}`),
    queryRows<{ cocok: number; total: number; tanpaJra: number }>(Prisma.sql`
      SELECT count(*) FILTER (WHERE ${where})::int AS cocok, count(*)::int AS total, count(*) FILTER (WHERE k."keteranganRetensi" IS NULL)::int AS "tanpaJra"
      FROM "KlasifikasiArsip" k WHERE ${instansi}`),
  ]);
  return { rows, ...hitung! };
}
