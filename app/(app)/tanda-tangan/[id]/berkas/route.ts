import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { fileResponse } from '@/lib/http/file-response';
import { readNaskahFinal } from '@/lib/services/tanda-tangan/read-naskah-final';

/** The signed PDF, framed by the signing page; ?unduh downloads it instead. */
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ request, actor, params }) => {
  const file = await readNaskahFinal(actor, params.id);
  return fileResponse({ ...file, mime: 'application/pdf' }, new URL(request.url).searchParams.has('unduh') ? {} : { disposition: 'inline', framing: 'self' });
});
