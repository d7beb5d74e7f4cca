import { prisma } from '@/lib/db';

/** ANALYZE (autovacuum's, or the seed's) is what changes them: re-read every ten minutes. */
export const STATISTIK_KATA_UMUR_MS = 10 * 60_000;

let simpanan: { sampai: number; frekuensi: ReadonlyMap<string, number> } | null = null;

/**
 * The most common words of the search document (Naskah.cari) and the share of letters holding each,
 * from PostgreSQL's own statistics (pg_stats, the planner's source), kept in this process for a while.
 * They only choose how a search runs, never what it finds, so a stale copy costs time, not results.
 * Empty before the first ANALYZE: every word then counts as rare.
 */
export async function statistikKata(now = Date.now()): Promise<ReadonlyMap<string, number>> {
  if (simpanan && simpanan.sampai > now) return simpanan.frekuensi;
  const rows = await prisma.$queryRaw<{ lexeme: string; frekuensi: number }[]>`
    SELECT e.lexeme, e.frekuensi::float8 AS frekuensi
    FROM pg_stats s CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) e(lexeme, frekuensi)
    WHERE s.schemaname = current_schema() AND s.tablename = 'Naskah' AND s.attname = 'cari' AND e.lexeme IS NOT NULL`;
  simpanan = { sampai: now + STATISTIK_KATA_UMUR_MS, frekuensi: new Map(rows.map((r) => [r.lexeme, r.frekuensi])) };
  return simpanan.frekuensi;
}
