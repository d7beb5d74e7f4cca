import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { bukaNotifikasi } from '@/lib/services/notifikasi/buka-notifikasi';

/** A notification's "Buka": read, then on to its page (a relative Location: the path is the app's own). */
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ actor, params }) => {
  const tujuan = await bukaNotifikasi(actor, params.id);
  return new Response(null, { status: 303, headers: { Location: tujuan, 'Cache-Control': 'no-store' } });
});
