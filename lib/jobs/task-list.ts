// The one map of job names to handlers, and the schedule of the sweeps. Other background work is
// written as a plain function in lib/jobs/<name>.ts and registered here.
import type { TaskList } from 'graphile-worker';
import { kirimNotifikasi, kirimRingkasanHarian, sapuTenggat } from './notifikasi';

export const taskList = {
  'kirim-notifikasi': kirimNotifikasi,
  'kirim-ringkasan-harian': kirimRingkasanHarian,
  'sapu-tenggat': sapuTenggat,
} satisfies TaskList;

export type TaskName = keyof typeof taskList;

/**
 * Cron lines (UTC; WIB is UTC+7). graphile-worker runs each tick once across all instances.
 * Deadlines are swept hourly (each notified once, by key); the digest goes at 07.00 WIB.
 */
export const CRONTAB = [
  '0 * * * * sapu-tenggat ?max=1',
  '0 0 * * * kirim-ringkasan-harian ?max=1',
].join('\n');
