import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { pdfResponse } from '@/lib/http/pdf-response';
import { readNaskahFinal } from '@/lib/services/tanda-tangan/read-naskah-final';

/** The signed PDF; ?unduh downloads it instead of showing it. */
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ request, actor, params }) => {
  const file = await readNaskahFinal(actor, params.id);
  return pdfResponse(file.bytes, file.namaFile, { download: new URL(request.url).searchParams.has('unduh') });
});
