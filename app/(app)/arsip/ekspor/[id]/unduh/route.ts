import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { openEksporArsip } from '@/lib/services/arsip/open-ekspor-arsip';

/** A finished full export, streamed from the object store. */
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ actor, params }) => {
  const zip = await openEksporArsip(actor, params.id);
  return new Response(zip.body, {
    headers: { 'Content-Type': 'application/zip', 'Content-Length': String(zip.size), 'Content-Disposition': `attachment; filename="${zip.namaFile}"`, 'Cache-Control': 'no-store' },
  });
});
