import 'server-only';

export interface VapidKeys {
  publicKey: string;
  privateKey: string;
  subject: string;
}

/**
 * The VAPID keys this deployment signs push messages with, from the environment (the launchers set
 * them; scripts/lib/launch.ts ensureVapidKeys). Null when push is not configured: nothing is sent.
 */
export function vapidKeys(env: Record<string, string | undefined> = process.env): VapidKeys | null {
  const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey } = env;
  if (!publicKey || !privateKey) return null;
  // A push service may contact whoever runs the sender; a mailto: or https: address is required.
  const subject = env.VAPID_SUBJECT || (env.AUTH_URL?.startsWith('https://') ? env.AUTH_URL : 'mailto:admin@e-office.invalid');
  return { publicKey, privateKey, subject };
}
