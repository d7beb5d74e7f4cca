import { queryRows } from '@/lib/db/query-rows';
import { Prisma } from '@/lib/generated/prisma/client';

/** ANALYZE (autovacuum's, or the seed's) is what changes them: re-read every ten minutes. */
export const STATISTIK_KATA_UMUR_MS = 10 * 60_000;
/** A table with rows and no word statistics yet is asked again after this. */
export const STATISTIK_KATA_BELUM_ANALYZE_MS = 30_000;

interface Simpanan<T> {
  sampai: number;
  isi: T;
}

/** The tables whose `cari` column holds search words. */
export type TabelKata = 'Naskah' | 'PenerimaDisposisi' | 'TindakLanjut';

export interface StatistikKataTabel {
  /** lexeme -> share of the table's rows holding it (PostgreSQL's most common elements). */
  kata: ReadonlyMap<string, number>;
  /** Rows with words (the planner's row count less those without). */
  baris: number;
}

const kataTabel = new Map<TabelKata, Simpanan<StatistikKataTabel>>();
let pembaca: Simpanan<ReadonlyMap<string, number>> | null = null;

/**
 * The most common words of a table's search words (`cari`) and the share of rows holding each, from
 * PostgreSQL's own statistics (pg_stats, the planner's source), kept in this process for a while.
 * They only choose how a search runs, never what it finds, so a stale copy costs time, not results.
 * No words before the first ANALYZE (caraBacaCatatan then reads a large table `indeks`).
 */
export async function statistikKataTabel(tabel: TabelKata, now = Date.now()): Promise<StatistikKataTabel> {
  const simpanan = kataTabel.get(tabel);
  if (simpanan && simpanan.sampai > now) return simpanan.isi;
  // The row count from pg_class even without pg_stats: CREATE INDEX sets it, so a table filled by a
  // migration is known to be large before autovacuum first analyzes it.
  const rows = await queryRows<{ lexeme: string | null; frekuensi: number | null; baris: number }>(Prisma.sql`
    SELECT e.lexeme, e.frekuensi::float8 AS frekuensi, (greatest(c.reltuples, 0) * (1 - coalesce(s.null_frac, 0)))::float8 AS baris
    FROM pg_class c
    LEFT JOIN pg_stats s ON s.schemaname = current_schema() AND s.tablename = c.relname AND s.attname = 'cari'
    LEFT JOIN LATERAL unnest(s.most_common_elems::text::text[], s.most_common_elem_freqs) e(lexeme, frekuensi) ON TRUE
    WHERE c.oid = format('%I.%I', current_schema(), ${tabel}::text)::regclass`);
  const isi: StatistikKataTabel = {
    kata: new Map(rows.flatMap((r) => (r.lexeme === null || r.frekuensi === null ? [] : [[r.lexeme, r.frekuensi] as const]))),
    baris: rows[0]?.baris ?? 0,
  };
  // Not analyzed yet: asked again soon (autovacuum analyzes a freshly filled table within minutes).
  kataTabel.set(tabel, { sampai: now + (isi.kata.size > 0 || isi.baris === 0 ? STATISTIK_KATA_UMUR_MS : STATISTIK_KATA_BELUM_ANALYZE_MS), isi });
  return isi;
}

/** The letters' search document (Naskah.cari): lexeme -> share of letters holding it. */
export async function statistikKata(now = Date.now()): Promise<ReadonlyMap<string, number>> {
  return (await statistikKataTabel('Naskah', now)).kata;
}

/**
 * How many letters each of the busiest posts reads (NaskahPembaca rows), estimated as the planner does:
 * the most common jabatanId values' shares times the table's row count. A post missing from it reads
 * fewer letters than all of them and gets 0 here, which keeps its searches on the words' index. Like
 * statistikKata it only chooses how a search runs.
 */
export async function statistikPembaca(now = Date.now()): Promise<ReadonlyMap<string, number>> {
  if (pembaca && pembaca.sampai > now) return pembaca.isi;
  const rows = await queryRows<{ jabatanId: string; baris: number }>(Prisma.sql`
    SELECT v."jabatanId", (v.frekuensi * greatest(c.reltuples, 0))::float8 AS baris
    FROM pg_stats s
    JOIN pg_class c ON c.oid = format('%I.%I', s.schemaname, s.tablename)::regclass
    CROSS JOIN LATERAL unnest(s.most_common_vals::text::text[], s.most_common_freqs) v("jabatanId", frekuensi)
    WHERE s.schemaname = current_schema() AND s.tablename = 'NaskahPembaca' AND s.attname = 'jabatanId'`);
  pembaca = { sampai: now + STATISTIK_KATA_UMUR_MS, isi: new Map(rows.map((r) => [r.jabatanId, r.baris])) };
  return pembaca.isi;
}
