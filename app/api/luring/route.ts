import { defineRoute } from '@/lib/actions/define-route';
import { tindakanLuringSchema } from '@/lib/domain/offline/tindakan-luring-schema';
import { applyTindakanLuring } from '@/lib/services/offline/apply-tindakan-luring';

// Where a phone sends the actions it kept while offline (lib/offline/sync.ts), one at a time.
export const POST = defineRoute({ body: { type: 'json', schema: tindakanLuringSchema } }, async ({ actor, body }) => {
  const hasil = await applyTindakanLuring(actor, body);
  return Response.json({ ok: true, ...hasil }, { headers: { 'Cache-Control': 'no-store' } });
});
