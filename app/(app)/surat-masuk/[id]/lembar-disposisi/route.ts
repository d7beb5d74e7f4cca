import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { fileResponse } from '@/lib/http/file-response';
import { getLembarDisposisi } from '@/lib/services/disposisi/get-lembar-disposisi';

/** The lembar disposisi PDF, shown inline so a phone opens it in its viewer. */
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ actor, params }) => {
  const { pdf, namaFile } = await getLembarDisposisi(actor, params.id);
  return fileResponse({ bytes: pdf, namaFile, mime: 'application/pdf' }, { disposition: 'inline' });
});
