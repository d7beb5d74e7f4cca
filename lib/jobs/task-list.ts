// The one map of job names to handlers, and the schedule of the sweeps. Other background work is
// written as a plain function in lib/jobs/<name>.ts and registered here.
import type { TaskList } from 'graphile-worker';
import { z } from 'zod';
import { runCertificateExpiry } from './certificate-expiry';
import { kirimNotifikasi, kirimRingkasanHarian, sapuTenggat } from './notifikasi';
import { runEksporArsip } from './ekspor-arsip';
import { refreshLaporan } from './refresh-laporan';
import { runRenewLtv } from './renew-ltv-task';
import { sapuKunciLuring } from './sapu-kunci-luring';

export const taskList = {
  'kirim-notifikasi': kirimNotifikasi,
  'kirim-ringkasan-harian': kirimRingkasanHarian,
  'sapu-tenggat': sapuTenggat,
  'perbarui-laporan': async () => {
    await refreshLaporan({ now: new Date() });
  },
  'periksa-sertifikat-kedaluwarsa': async () => {
    await runCertificateExpiry({ now: new Date() });
  },
  'ekspor-arsip-lengkap': async (payload) => {
    await runEksporArsip(z.object({ eksporId: z.uuid() }).parse(payload));
  },
  'perbarui-bukti-arsip': async (_payload, helpers) => {
    const result = await runRenewLtv({ now: new Date() });
    helpers.logger.info(`bukti arsip: ${result.checked} diperiksa, ${result.renewed} diperbarui, ${result.failed.length} gagal`);
  },
  'sapu-kunci-luring': async (_payload, helpers) => {
    const { dihapus } = await sapuKunciLuring({ now: new Date() });
    helpers.logger.info(`kunci tindakan luring: ${dihapus} dilupakan`);
  },
} satisfies TaskList;

export type TaskName = keyof typeof taskList;

/**
 * Cron lines (UTC; WIB is UTC+7). graphile-worker runs each tick once across all instances.
 * Deadlines are swept hourly (each notified once, by key); the digest job runs hourly and sends each
 * person's at 07.00 WIB or when their quiet hours end (a missed tick is backfilled); report
 * rollups are brought up to date every 5 minutes, recomputing only the days written since (the page
 * shows when); expiring certificates are checked daily at 06.00 WIB (each warned once); archived
 * signatures' proofs are renewed daily at 02.00 WIB (records that fail back off, see
 * lib/domain/arsip/bukti); offline actions' keys past their keep are swept daily at 03.30 WIB.
 */
export const CRONTAB = [
  '0 * * * * sapu-tenggat ?max=1',
  '0 * * * * kirim-ringkasan-harian ?max=1&fill=3h',
  '*/5 * * * * perbarui-laporan ?max=1',
  '0 23 * * * periksa-sertifikat-kedaluwarsa ?max=1',
  '0 19 * * * perbarui-bukti-arsip ?max=1',
  '30 20 * * * sapu-kunci-luring ?max=1',
].join('\n');
