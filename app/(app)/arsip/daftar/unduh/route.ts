import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { exportArsipZip } from '@/lib/services/arsip/export-arsip-zip';
import { zipResponse } from '../../zip-response';

const query = z.object({ status: z.enum(['AKTIF', 'INAKTIF']).catch('AKTIF') });

/** The Daftar Arsip (Aktif or Inaktif) as the page lists it, as a zip of PDFs with an index.csv. */
export const GET = defineRoute({ errors: 'text', query }, async ({ actor, query }) => zipResponse(await exportArsipZip(actor, { status: query.status })));
