import { prisma } from '@/lib/db';

/** ANALYZE (autovacuum's, or the seed's) is what changes them: re-read every ten minutes. */
export const STATISTIK_KATA_UMUR_MS = 10 * 60_000;

interface Simpanan<T> {
  sampai: number;
  isi: T;
}

let kata: Simpanan<ReadonlyMap<string, number>> | null = null;
let pembaca: Simpanan<ReadonlyMap<string, number>> | null = null;

/**
 * The most common words of the search document (Naskah.cari) and the share of letters holding each,
 * from PostgreSQL's own statistics (pg_stats, the planner's source), kept in this process for a while.
 * They only choose how a search runs, never what it finds, so a stale copy costs time, not results.
 * Empty before the first ANALYZE: every word then counts as rare.
 */
export async function statistikKata(now = Date.now()): Promise<ReadonlyMap<string, number>> {
  if (kata && kata.sampai > now) return kata.isi;
  const rows = await prisma.$queryRaw<{ lexeme: string; frekuensi: number }[]>`
    SELECT e.lexeme, e.frekuensi::float8 AS frekuensi
    FROM pg_stats s CROSS JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) e(lexeme, frekuensi)
    WHERE s.schemaname = current_schema() AND s.tablename = 'Naskah' AND s.attname = 'cari' AND e.lexeme IS NOT NULL`;
  kata = { sampai: now + STATISTIK_KATA_UMUR_MS, isi: new Map(rows.map((r) => [r.lexeme, r.frekuensi])) };
  return kata.isi;
}

/**
 * How many letters each of the busiest posts reads (NaskahPembaca rows), estimated as the planner does:
 * the most common jabatanId values' shares times the table's row count. A post missing from it reads
 * fewer letters than all of them and gets 0 here, which keeps its searches on the words' index. Like
 * statistikKata it only chooses how a search runs.
 */
export async function statistikPembaca(now = Date.now()): Promise<ReadonlyMap<string, number>> {
  if (pembaca && pembaca.sampai > now) return pembaca.isi;
  const rows = await prisma.$queryRaw<{ jabatanId: string; baris: number }[]>`
    SELECT v."jabatanId", (v.frekuensi * greatest(c.reltuples, 0))::float8 AS baris
    FROM pg_stats s
    JOIN pg_class c ON c.oid = format('%I.%I', s.schemaname, s.tablename)::regclass
    CROSS JOIN LATERAL unnest(s.most_common_vals::text::text[], s.most_common_freqs) v("jabatanId", frekuensi)
    WHERE s.schemaname = current_schema() AND s.tablename = 'NaskahPembaca' AND s.attname = 'jabatanId'`;
  pembaca = { sampai: now + STATISTIK_KATA_UMUR_MS, isi: new Map(rows.map((r) => [r.jabatanId, r.baris])) };
  return pembaca.isi;
}
