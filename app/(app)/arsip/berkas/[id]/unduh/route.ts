import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { exportBerkasZip } from '@/lib/services/arsip/export-berkas-zip';

/** A berkas as a zip of its PDFs with an index.csv. */
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ actor, params }) => {
  const zip = await exportBerkasZip(actor, params.id);
  return new Response(Buffer.from(zip.bytes), { headers: { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="${zip.namaFile}"`, 'Cache-Control': 'no-store' } });
});
