import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { kinerjaFilterSchema } from '@/lib/domain/laporan/periode';
import { eksporKinerja } from '@/lib/services/laporan/ekspor-kinerja';
import { unduhanResponse } from '../../unduhan-response';

const query = kinerjaFilterSchema.extend({ format: z.enum(['xlsx', 'csv', 'pdf'], 'Format unduhan harus xlsx, csv atau pdf.') });

/** Kinerja evidence of a month as a file for the performance system: only the rows the actor may see. */
export const GET = defineRoute({ errors: 'text', query }, async ({ actor, query }) => unduhanResponse(await eksporKinerja(actor, query, query.format)));
