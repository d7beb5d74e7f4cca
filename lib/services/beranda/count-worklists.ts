import { queryRows } from '@/lib/db/query-rows';
import type { Actor } from '@/lib/authz/actor';
import { inboxMilikSql } from '@/lib/authz/scope-sql';
import type { NavKey } from '@/lib/menu-items';
import { Prisma } from '@/lib/generated/prisma/client';
import { worklistSql } from '@/lib/services/naskah/list-naskah-worklist';

export type WorklistCounts = Partial<Record<NavKey, number>>;

type Counts = Required<Pick<WorklistCounts, 'suratMasuk' | 'disposisi' | 'konsep' | 'tandaTangan' | 'verifikasi'>>;

/**
 * Badge counts for the navigation and the Beranda cards, for the post the actor acts as: one
 * prepared statement of five counts, each over its own index. Five Prisma counts cost the server
 * several times the CPU the database spent on them, on every page whose counts were not fresh.
 * Perlu Tanda Tangan and Perlu Verifikasi count with their lists' own rules (worklistSql).
 */
export async function countWorklists(actor: Actor): Promise<WorklistCounts> {
  if (!actor.activePost) return {};
  const [counts] = await queryRows<Counts>(worklistCountsSql(actor));
  return counts!;
}

/** The counts' statement, exported so bench/prepared-statements.ts times exactly what the pages run. */
export function worklistCountsSql(actor: Actor): Prisma.Sql {
  const post = actor.activePost!;
  return Prisma.sql`/* prepared */
    SELECT
      (SELECT count(*)::int FROM "Delivery" d WHERE ${inboxMilikSql(actor, 'd')} AND d."readAt" IS NULL AND d."archivedAt" IS NULL) AS "suratMasuk",
      (SELECT count(*)::int FROM "PenerimaDisposisi" p WHERE p."jabatanId" = ${post.jabatanId}::uuid AND p.status = 'BELUM_DIBACA') AS disposisi,
      (SELECT count(*)::int FROM "Naskah" k WHERE k."pembuatJabatanId" = ${post.jabatanId}::uuid AND k.status IN ('KONSEP', 'DIKEMBALIKAN')) AS konsep,
      (SELECT count(*)::int FROM "Naskah" t WHERE ${worklistSql('tandaTangan', post.jabatanId, 't')}) AS "tandaTangan",
      (SELECT count(*)::int FROM "Naskah" v WHERE ${worklistSql('verifikasi', post.jabatanId, 'v')}) AS verifikasi`;
}
