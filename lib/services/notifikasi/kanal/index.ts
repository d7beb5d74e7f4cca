// The outside channels this instance has, from its configuration. A channel without configuration
// is off: no outbox rows are written for it, so nothing piles up waiting for it.
import type { KanalLuar } from '@/lib/domain/notifikasi/jenis';
import { vapidKeys } from '@/lib/push/vapid';
import { kanalEmail } from './email';
import { kanalPush } from './push';
import type { KanalTerpasang } from './types';
import { kanalWhatsapp } from './whatsapp';

type Env = Record<string, string | undefined>;

/** Names only: what notify() reads inside the event's transaction, without building transports. */
export function kanalAktif(env: Env = process.env): KanalLuar[] {
  const aktif: KanalLuar[] = [];
  if (env.SMTP_URL) aktif.push('EMAIL');
  if (env.WHATSAPP_GATEWAY_URL) aktif.push('WHATSAPP');
  if (vapidKeys(env)) aktif.push('PUSH');
  return aktif;
}

let cached: { key: string; kanal: KanalTerpasang } | null = null;

export function kanalTerpasang(env: Env = process.env): KanalTerpasang {
  const key = [env.SMTP_URL, env.SMTP_FROM, env.WHATSAPP_GATEWAY_URL, env.WHATSAPP_GATEWAY_TOKEN, env.WHATSAPP_TEMPLATE, env.VAPID_PUBLIC_KEY, env.VAPID_PRIVATE_KEY, env.VAPID_SUBJECT, env.AUTH_URL].join('\n');
  if (cached?.key === key) return cached.kanal;
  const kanal: KanalTerpasang = {};
  if (env.SMTP_URL) kanal.EMAIL = kanalEmail(env.SMTP_URL, env.SMTP_FROM || 'e-Office <no-reply@localhost>');
  if (env.WHATSAPP_GATEWAY_URL) kanal.WHATSAPP = kanalWhatsapp({ url: env.WHATSAPP_GATEWAY_URL, token: env.WHATSAPP_GATEWAY_TOKEN, template: env.WHATSAPP_TEMPLATE });
  if (vapidKeys(env)) kanal.PUSH = kanalPush({ env });
  cached = { key, kanal };
  return kanal;
}
