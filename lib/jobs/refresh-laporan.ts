// Refreshes the report rollups (the materialized views of the migration laporan_rollup) and records
// when, so the page can say how fresh its figures are. CONCURRENTLY: pages keep reading the previous
// figures while it runs. The lead registers it with graphile-worker (e.g. every 15 minutes); it is
// idempotent, and two runs at once simply queue on the views' locks.
import type { PrismaClient } from '@/lib/generated/prisma/client';

export const REFRESH_LAPORAN_ID = 'laporan';

/** Every rollup, in the order that keeps their figures of one moment close together. */
export const LAPORAN_ROLLUPS = ['laporan_surat_masuk', 'laporan_disposisi', 'laporan_naskah_keluar', 'laporan_tunggu_per_naskah', 'laporan_tunggu_langkah', 'laporan_gagal_ttd', 'laporan_kinerja'] as const;

export async function refreshLaporan(deps: { now?: Date; prisma?: PrismaClient } = {}): Promise<{ durasiMs: number; perRollupMs: Record<string, number> }> {
  const now = deps.now ?? new Date();
  // The app's client unless one is given (the e2e suite refreshes its server's database from outside).
  const prisma = deps.prisma ?? (await import('@/lib/db')).prisma;
  const t0 = performance.now();
  const perRollupMs: Record<string, number> = {};
  for (const view of LAPORAN_ROLLUPS) {
    const started = performance.now();
    // The names come from the constant list above, never from input.
    await prisma.$executeRawUnsafe(`REFRESH MATERIALIZED VIEW CONCURRENTLY ${view}`);
    perRollupMs[view] = Math.round(performance.now() - started);
  }
  const durasiMs = Math.round(performance.now() - t0);
  await prisma.laporanPembaruan.upsert({
    where: { id: REFRESH_LAPORAN_ID },
    create: { id: REFRESH_LAPORAN_ID, diperbaruiPada: now, durasiMs },
    update: { diperbaruiPada: now, durasiMs },
  });
  return { durasiMs, perRollupMs };
}
