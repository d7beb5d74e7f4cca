// Report files are made in worker threads: the event loop that took the download keeps serving,
// and a file over its budget is refused with advice instead of holding a worker for minutes.
import { describe, expect, it } from 'vitest';
import { errorToAnswer } from '@/lib/actions/error-status';
import { DomainError, ServerSibukError } from '@/lib/domain/errors';
import { tabelKinerja } from '@/lib/domain/laporan/kinerja-kolom';
import { eksporTabel } from '@/lib/services/laporan/ekspor-berkas';
import { laporanPoolSpec } from '@/lib/services/laporan/render-pool';
import type { tasks } from '@/lib/services/laporan/render-tasks';
import { definePool, UntrustedTaskError } from '@/lib/untrusted/worker-pool';
import { barisKinerjaContoh } from '../../support/kinerja-rows';

const rows = barisKinerjaContoh;

/** The longest gap between ticks of a 10 ms timer while `work` runs. */
async function longestStall(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return worst;
}

describe('the report pool', () => {
  it('makes a 5,000-row kinerja PDF while the event loop keeps ticking', async () => {
    const tabel = [tabelKinerja(rows(5000), '2026-11')];
    // Warm: the first task starts the worker and builds its bundle.
    await eksporTabel('csv', tabel, { judul: 'Kinerja', subjudul: [], namaDasar: 'k' });
    let file: Awaited<ReturnType<typeof eksporTabel>> | undefined;
    const stall = await longestStall(async () => {
      file = await eksporTabel('pdf', tabel, { judul: 'Kinerja', subjudul: [], namaDasar: 'kinerja-2026-11' });
    });
    expect(file?.namaFile).toBe('kinerja-2026-11.pdf');
    expect(file?.mime).toBe('application/pdf');
    expect(new TextDecoder().decode(file!.bytes.slice(0, 5))).toBe('%PDF-');
    // On the event loop this PDF holds it for 2-4 s here (the layout before 01253cc: over 10 s); the
    // bound leaves room for a loaded CI machine, where the loop itself stalls now and then.
    expect(stall).toBeLessThan(1000);
  }, 120_000);

  it('refuses a file over its time budget with advice, and makes the next one', async () => {
    const run = definePool<typeof tasks>('laporan-uji-anggaran', () => laporanPoolSpec({ LAPORAN_TASK_TIMEOUT_MS: '150' }));
    await run('tulisBerkas', { format: 'csv', tabel: [tabelKinerja(rows(2), '2026-11')], judul: 'x', subjudul: [] });
    const refused = await run('tulisBerkas', { format: 'pdf', tabel: [tabelKinerja(rows(6000), '2026-11')], judul: 'x', subjudul: [] }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(UntrustedTaskError);
    expect((refused as UntrustedTaskError).failure).toBe('TIMEOUT');
    expect((refused as Error).message).toMatch(/^Berkas terlalu besar untuk dibuat dalam 0.15 detik\. Saring per OPD atau unit, atau unduh sebagai CSV\.$/);
    const next = await run('tulisBerkas', { format: 'csv', tabel: [tabelKinerja(rows(2), '2026-11')], judul: 'x', subjudul: [] });
    expect(new TextDecoder().decode(next)).toContain('Pegawai Nomor 1 bin Fulan');
  }, 120_000);

  it('answers a full pool with 503 and a too-large file with 422, each in Indonesian', () => {
    expect(errorToAnswer(new ServerSibukError('Server sedang menyiapkan unduhan laporan lain. Coba lagi beberapa saat lagi.'))).toEqual({
      status: 503,
      message: 'Server sedang menyiapkan unduhan laporan lain. Coba lagi beberapa saat lagi.',
      retryAfterSeconds: 5,
    });
    expect(errorToAnswer(new DomainError('Berkas terlalu besar untuk dibuat.')).status).toBe(422);
  });
});
