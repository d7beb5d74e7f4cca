import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { fileResponse } from '@/lib/http/file-response';
import { readArsipFile } from '@/lib/services/arsip/read-arsip-file';

/** The record's main file, as a download. */
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ actor, params }) => fileResponse(await readArsipFile(actor, params.id)));
