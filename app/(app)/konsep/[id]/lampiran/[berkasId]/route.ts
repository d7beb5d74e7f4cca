import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { fileResponse } from '@/lib/http/file-response';
import { readLampiran } from '@/lib/services/naskah/read-lampiran';

/** An uploaded lampiran: always a sandboxed download (fileResponse). */
export const GET = defineRoute({ errors: 'text', params: z.object({ berkasId: z.uuid() }) }, async ({ actor, params }) => fileResponse(await readLampiran(actor, params.berkasId)));
