import { defineRoute } from '@/lib/actions/define-route';
import { vapidKeys } from '@/lib/push/vapid';

// The public half of the VAPID pair, for PushManager.subscribe in the browser.
export const GET = defineRoute({}, async () => {
  const keys = vapidKeys();
  if (!keys) return Response.json({ ok: false, message: 'Notifikasi ponsel belum diaktifkan di server ini.' }, { status: 404 });
  return Response.json({ ok: true, publicKey: keys.publicKey }, { headers: { 'Cache-Control': 'no-store' } });
});
