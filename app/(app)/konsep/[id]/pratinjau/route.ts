import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { renderNaskahPreview } from '@/lib/services/naskah/render-naskah-preview';

// The live preview of a draft as PDF, loaded through the draft scope.
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ actor, params }) => {
  const pdf = await renderNaskahPreview(actor, params.id);
  return new Response(Buffer.from(pdf), {
    headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'inline; filename="pratinjau.pdf"', 'Cache-Control': 'private, no-store' },
  });
});
