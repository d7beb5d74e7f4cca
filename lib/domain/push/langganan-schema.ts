import { z } from 'zod';
import { halamanAplikasi } from '@/lib/domain/input/halaman-aplikasi';

/**
 * The push services browsers subscribe with (Chrome/Edge on Android: FCM; Firefox: Mozilla; Safari:
 * Apple; Windows: WNS). The server POSTs to whatever endpoint a subscription names, so an endpoint
 * outside these would let a signed-in person make the server call any address (SSRF).
 */
export const PUSH_SERVICE_HOSTS = [/^fcm\.googleapis\.com$/, /^updates\.push\.services\.mozilla\.com$/, /^web\.push\.apple\.com$/, /(^|\.)push\.apple\.com$/, /(^|\.)notify\.windows\.com$/];

export const PESAN_ENDPOINT_DITOLAK = 'Layanan notifikasi peramban ini tidak dikenal.';

export function isPushServiceEndpoint(endpoint: string): boolean {
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return false;
  }
  return url.protocol === 'https:' && url.port === '' && url.username === '' && url.password === '' && PUSH_SERVICE_HOSTS.some((host) => host.test(url.hostname));
}

const base64url = (max: number) => z.string().min(16).max(max).regex(/^[A-Za-z0-9_-]+=*$/, 'Kunci langganan tidak valid.');

/** The browser's PushSubscription.toJSON(). */
export const langgananPushSchema = z.object({
  endpoint: z.string().max(1000).refine(isPushServiceEndpoint, PESAN_ENDPOINT_DITOLAK),
  keys: z.object({ p256dh: base64url(200), auth: base64url(100) }),
});
export type LanggananPushInput = z.infer<typeof langgananPushSchema>;

/** What a notification says and where tapping it goes: a path inside the app, nothing else. */
export const pesanPushSchema = z.object({
  judul: z.string().min(1).max(120),
  pesan: z.string().max(400),
  tautan: z.string().refine((t) => halamanAplikasi(t) === t, 'Tautan notifikasi harus halaman di aplikasi ini.'),
});
export type PesanPush = z.infer<typeof pesanPushSchema>;
