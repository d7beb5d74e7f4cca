import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { buildTransferPackage } from '@/lib/services/arsip/build-transfer-package';

/** The transfer package (BagIt bag, zip) of an approved penyerahan. */
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ actor, params }) => {
  const pkg = await buildTransferPackage(actor, params.id);
  return new Response(Buffer.from(pkg.bytes), { headers: { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="${pkg.namaFile}"`, 'Cache-Control': 'no-store' } });
});
