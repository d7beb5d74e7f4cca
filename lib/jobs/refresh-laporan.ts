// Brings the report rollups (tables in the schema laporan, migration laporan_bertahap) up to date and
// records when, so the page can say how fresh its figures are. Triggers on the source tables note
// which days (months, for kinerja) a write touched; each rollup recomputes only those, in one
// transaction, so pages read the previous figures until it commits. The lead registers it with
// graphile-worker (every 5 minutes); it is idempotent, and two runs at once queue per rollup.
import type { PrismaClient } from '@/lib/generated/prisma/client';

export const REFRESH_LAPORAN_ID = 'laporan';

/**
 * Every rollup, in the order that keeps their figures of one moment close together. naskah_ttd is
 * the signed naskah and their waits (three tables, all by signing day).
 */
export const LAPORAN_ROLLUPS = ['surat_masuk', 'disposisi', 'naskah_ttd', 'gagal_ttd', 'kinerja'] as const;

export interface RefreshLaporanResult {
  durasiMs: number;
  perRollupMs: Record<string, number>;
  /** Days (months for kinerja) recomputed per rollup; -1: all of history. */
  kunciPerRollup: Record<string, number>;
}

export async function refreshLaporan(deps: { now?: Date; prisma?: PrismaClient; semua?: boolean } = {}): Promise<RefreshLaporanResult> {
  const now = deps.now ?? new Date();
  // The app's client unless one is given (the e2e suite refreshes its server's database from outside).
  const db = deps.prisma ?? (await import('@/lib/db')).prisma;
  const semua = deps.semua ?? false;
  const t0 = performance.now();
  const perRollupMs: Record<string, number> = {};
  const kunciPerRollup: Record<string, number> = {};
  for (const rollup of LAPORAN_ROLLUPS) {
    const started = performance.now();
    const [row] = await db.$queryRaw<{ kunci: number }[]>`SELECT laporan.segarkan(${rollup}, ${semua}) AS kunci`;
    perRollupMs[rollup] = Math.round(performance.now() - started);
    kunciPerRollup[rollup] = row!.kunci;
  }
  const durasiMs = Math.round(performance.now() - t0);
  await db.laporanPembaruan.upsert({
    where: { id: REFRESH_LAPORAN_ID },
    create: { id: REFRESH_LAPORAN_ID, diperbaruiPada: now, durasiMs },
    update: { diperbaruiPada: now, durasiMs },
  });
  return { durasiMs, perRollupMs, kunciPerRollup };
}
