import 'server-only';
import webpush, { WebPushError, type PushSubscription, type RequestOptions } from 'web-push';
import { prisma } from '@/lib/db';
import { pesanPushSchema, type PesanPush } from '@/lib/domain/push/langganan-schema';
import { vapidKeys } from './vapid';

/** A day: a notification about a letter is still worth showing when a phone comes back online. */
const TTL_SECONDS = 24 * 60 * 60;

type Send = (subscription: PushSubscription, payload: string, options: RequestOptions) => Promise<unknown>;

export interface SendWebPushDeps {
  send?: Send;
  env?: Record<string, string | undefined>;
}

export interface HasilPush {
  terkirim: number;
  gagal: number;
  /** Subscriptions the push service says are gone (404/410), removed. */
  dihapus: number;
}

/**
 * Sends one notification to every phone and browser the pegawai subscribed. The subscriptions are
 * read first and no connection is held while the push services answer. A subscription the service
 * no longer knows is deleted; any other failure is counted (the caller's job retries as it sees fit).
 */
export async function sendWebPush(pegawaiId: string, pesan: PesanPush, deps: SendWebPushDeps = {}): Promise<HasilPush> {
  const keys = vapidKeys(deps.env);
  const hasil: HasilPush = { terkirim: 0, gagal: 0, dihapus: 0 };
  if (!keys) return hasil;
  const payload = JSON.stringify(pesanPushSchema.parse(pesan));
  const send = deps.send ?? webpush.sendNotification;
  const subscriptions = await prisma.langgananPush.findMany({ where: { pegawaiId }, select: { id: true, endpoint: true, p256dh: true, auth: true } });

  for (const s of subscriptions) {
    try {
      await send({ endpoint: s.endpoint, keys: { p256dh: s.p256dh, auth: s.auth } }, payload, {
        vapidDetails: keys,
        TTL: TTL_SECONDS,
        urgency: 'normal',
        contentEncoding: 'aes128gcm',
        timeout: 10_000,
      });
      hasil.terkirim++;
    } catch (error) {
      if (error instanceof WebPushError && (error.statusCode === 404 || error.statusCode === 410)) {
        await prisma.langgananPush.deleteMany({ where: { id: s.id } });
        hasil.dihapus++;
      } else {
        console.error('[web-push]', error instanceof WebPushError ? `status ${error.statusCode}` : error instanceof Error ? error.name : 'error');
        hasil.gagal++;
      }
    }
  }
  if (hasil.terkirim) await prisma.langgananPush.updateMany({ where: { pegawaiId }, data: { terakhirDipakai: new Date() } });
  return hasil;
}
