import { queryRows } from '@/lib/db/query-rows';
import type { Actor } from '@/lib/authz/actor';
import { opdIdsWithRole } from '@/lib/authz/policy';
import { bukanTerbatasSql } from '@/lib/authz/scope-sql';
import { Prisma } from '@/lib/generated/prisma/client';

/** The register's newest letters whose senders are suggested. */
export const PENGIRIM_DARI_SURAT_TERAKHIR = 2000;
/** At most this many senders in the suggestions. */
export const PENGIRIM_MAX = 200;

/**
 * The senders the registration form suggests: those of the OPD register's newest `dariSurat` letters
 * (PENGIRIM_DARI_SURAT_TERAKHIR; a test lowers it), by name. Never a Rahasia / Sangat Rahasia letter's sender,
 * which is itself telling. Walked newest first along the register's index (Naskah_register_tanggal_idx):
 * the senders of every letter the pencatat may open, with the visibility rule checked on each of an
 * OPD's 212,000 letters, took 615 ms at 1M on every opening of the form, and gave the alphabetically
 * first 200 names, so a register with more senders never suggested the later ones.
 */
export async function listPengirimTerakhir(actor: Actor, { dariSurat = PENGIRIM_DARI_SURAT_TERAKHIR }: { dariSurat?: number } = {}): Promise<string[]> {
  const opds = opdIdsWithRole(actor, 'suratMasuk.register');
  const n = Prisma.raw('n');
  const register = opds === 'ALL' ? Prisma.empty : Prisma.sql`AND o.id = ANY (${opds}::uuid[])`;
  // Each OPD's register newest first along its index, then the senders by name.
  const rows = await queryRows<{ nama: string }>(Prisma.sql`
    SELECT t.nama FROM "Opd" o CROSS JOIN LATERAL (
      SELECT n."pengirimNama" AS nama FROM "Naskah" n
      WHERE n."opdId" = o.id AND n.sumber = 'EKSTERNAL' AND ${bukanTerbatasSql(n)} AND n."pengirimNama" IS NOT NULL
      ORDER BY coalesce(n."tanggalNaskah"::timestamp, n."tanggalDiterima", n."createdAt") DESC, n.id DESC
      LIMIT ${dariSurat}
    ) t
    WHERE o."instansiId" = ${actor.instansiId}::uuid ${register}
    GROUP BY t.nama
    ORDER BY t.nama
    LIMIT ${PENGIRIM_MAX}`);
  return rows.map((r) => r.nama);
}
