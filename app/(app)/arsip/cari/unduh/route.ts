import { defineRoute } from '@/lib/actions/define-route';
import { cariFilterSchema } from '@/lib/domain/cari/filter';
import { exportCariZip } from '@/lib/services/arsip/export-cari-zip';
import { zipResponse } from '../../zip-response';

/** A /cari result (the same query string) as a zip of PDFs with an index.csv. */
export const GET = defineRoute({ errors: 'text', query: cariFilterSchema }, async ({ actor, query }) => zipResponse(await exportCariZip(actor, query)));
