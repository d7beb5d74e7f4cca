// Thin job handlers for notifications; the work is in lib/services/notifikasi.
import type { Task } from 'graphile-worker';
import { z } from 'zod';
import { sendPengiriman } from '@/lib/services/notifikasi/send-pengiriman';
import { sendRingkasanHarian } from '@/lib/services/notifikasi/send-ringkasan-harian';
import { sweepTenggat } from '@/lib/services/notifikasi/sweep-tenggat';

const kirimPayload = z.object({ pengirimanId: z.uuid() });

export const kirimNotifikasi: Task = async (payload, helpers) => {
  const { pengirimanId } = kirimPayload.parse(payload);
  await sendPengiriman(pengirimanId, { attempt: helpers.job.attempts, maxAttempts: helpers.job.max_attempts });
};

/** graphile-worker's cron payload: the tick this run stands for, also when it runs late or is backfilled. */
const cronPayload = z.object({ _cron: z.object({ ts: z.coerce.date() }).optional() });

export const kirimRingkasanHarian: Task = async (payload) => {
  const tick = cronPayload.parse(payload ?? {})._cron?.ts ?? new Date();
  await sendRingkasanHarian(undefined, tick);
};

export const sapuTenggat: Task = async (_payload, helpers) => {
  const { besok, lewat } = await sweepTenggat();
  if (besok || lewat) helpers.logger.info(`Tenggat disposisi: ${besok} besok, ${lewat} terlewati diberitahukan.`);
};
