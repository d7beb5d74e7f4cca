import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { pdfResponse } from '@/lib/http/pdf-response';
import { renderPratinjauNaskah } from '@/lib/services/tanda-tangan/render-pratinjau-naskah';

/** The DRAFT layout of the naskah the signer is about to sign. */
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ actor, params }) =>
  pdfResponse(await renderPratinjauNaskah(actor, params.id), 'pratinjau-naskah.pdf'),
);
