import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { fileResponse } from '@/lib/http/file-response';
import { renderNaskahPreview } from '@/lib/services/naskah/render-naskah-preview';

// The live preview of a draft as PDF, loaded through the draft scope; rendered by the app itself, so inline.
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ actor, params }) =>
  fileResponse({ bytes: await renderNaskahPreview(actor, params.id), namaFile: 'pratinjau.pdf', mime: 'application/pdf' }, { disposition: 'inline' }),
);
