import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { exportArsipZip } from '@/lib/services/arsip/export-arsip-zip';
import { zipResponse } from '../../../zip-response';

/** A berkas as a zip of its PDFs with an index.csv. */
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ actor, params }) => zipResponse(await exportArsipZip(actor, { berkasArsipId: params.id })));
