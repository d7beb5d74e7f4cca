import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { fileResponse } from '@/lib/http/file-response';
import { renderNaskahPreview } from '@/lib/services/naskah/render-naskah-preview';

/** The DRAFT layout of the naskah the signer is about to sign (the same renderer as the konsep preview). */
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ actor, params }) =>
  fileResponse({ bytes: await renderNaskahPreview(actor, params.id), namaFile: 'pratinjau-naskah.pdf', mime: 'application/pdf' }, { disposition: 'inline', framing: 'self' }),
);
