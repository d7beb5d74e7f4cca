import 'server-only';
// Report files (a pemda's kinerja of thousands of pegawai as PDF or XLSX: seconds of CPU) are made
// in worker threads of their own, so the app process that took the download keeps serving pages.
// Bounded like the untrusted-file pool: a CPU-time budget, a heap cap, a short queue.
import { definePool, envCount, type PoolSpec } from '@/lib/untrusted/worker-pool';
import type { tasks } from './render-tasks';

const SARAN = 'Saring per OPD atau unit, atau unduh sebagai CSV.';

export const laporanPoolSpec = (env: Record<string, string | undefined>): PoolSpec => ({
  entry: 'lib/services/laporan/render-tasks.ts',
  size: envCount(env.LAPORAN_WORKERS, 1),
  memoryMb: envCount(env.LAPORAN_WORKER_MEMORY_MB, 1024),
  // 10,000 pegawai as a PDF take 6-10 s of CPU on this project's bench machine.
  timeoutMs: envCount(env.LAPORAN_TASK_TIMEOUT_MS, 120_000),
  queuePerWorker: 4,
  messages: {
    busy: 'Server sedang menyiapkan unduhan laporan lain. Coba lagi beberapa saat lagi.',
    timeout: (seconds) => `Berkas terlalu besar untuk dibuat dalam ${seconds} detik. ${SARAN}`,
    memory: `Berkas terlalu besar untuk dibuat. ${SARAN}`,
    crashed: 'Berkas unduhan gagal dibuat. Coba lagi.',
  },
});

export const runLaporanTask = definePool<typeof tasks>('laporan', () => laporanPoolSpec(process.env));
