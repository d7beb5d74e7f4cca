import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { laporanFilterSchema, resolveFilter } from '@/lib/domain/laporan/periode';
import { eksporLaporan } from '@/lib/services/laporan/ekspor-laporan';
import { unduhanResponse } from '../unduhan-response';

const query = laporanFilterSchema.extend({ format: z.enum(['xlsx', 'csv', 'pdf'], 'Format unduhan harus xlsx, csv atau pdf.') });

/** The report as a file, with the same scope checks as the page. */
export const GET = defineRoute({ errors: 'text', query }, async ({ actor, query }) => {
  const now = new Date();
  return unduhanResponse(await eksporLaporan(actor, resolveFilter(query, now), query.format, now));
});
