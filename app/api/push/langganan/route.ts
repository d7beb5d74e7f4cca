import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { langgananPushSchema } from '@/lib/domain/push/langganan-schema';
import { deleteLanggananPush } from '@/lib/services/push/delete-langganan-push';
import { saveLanggananPush } from '@/lib/services/push/save-langganan-push';

// This browser's Web Push subscription (components/shell/push-toggle.tsx): kept, or removed.
export const POST = defineRoute({ body: { type: 'json', schema: langgananPushSchema } }, async ({ actor, body, request }) => {
  await saveLanggananPush(actor, body, request.headers.get('user-agent'));
  return Response.json({ ok: true, message: 'Notifikasi dinyalakan di perangkat ini.' });
});

export const DELETE = defineRoute({ body: { type: 'json', schema: z.object({ endpoint: z.string().max(1000) }) } }, async ({ actor, body }) => {
  await deleteLanggananPush(actor, body.endpoint);
  return Response.json({ ok: true, message: 'Notifikasi dimatikan di perangkat ini.' });
});
