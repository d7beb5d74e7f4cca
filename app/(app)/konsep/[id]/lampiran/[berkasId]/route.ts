import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { readLampiran } from '@/lib/services/naskah/read-lampiran';

export const GET = defineRoute({ errors: 'text', params: z.object({ berkasId: z.uuid() }) }, async ({ actor, params }) => {
  const { namaFile, bytes } = await readLampiran(actor, params.berkasId);
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Disposition': `inline; filename*=UTF-8''${encodeURIComponent(namaFile)}`,
      'Cache-Control': 'private, no-store',
    },
  });
});
