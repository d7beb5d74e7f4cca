import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { LAMPIRAN_MAX_BYTES } from '@/lib/domain/naskah/konsep-schema';
import { uploadLampiran } from '@/lib/services/naskah/upload-lampiran';

const lampiranForm = z.object({
  berkas: z
    .instanceof(File, { error: 'Pilih berkas PDF.' })
    .refine((f) => f.size <= LAMPIRAN_MAX_BYTES, 'Lampiran paling besar 10 MB.'),
});

// Lampiran go through a route, not a server action: PDFs are larger than the action body limit.
export const POST = defineRoute({ params: idParams, body: { type: 'form', schema: lampiranForm } }, async ({ actor, params, body }) => {
  const { berkas } = body;
  await uploadLampiran(actor, { naskahId: params.id, namaFile: berkas.name, bytes: new Uint8Array(await berkas.arrayBuffer()) });
  return Response.json({ ok: true, message: `${berkas.name} terunggah.` });
});
