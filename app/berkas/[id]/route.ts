import { defineRoute } from '@/lib/actions/define-route';
import { idParams } from '@/lib/actions/load-page';
import { fileResponse } from '@/lib/http/file-response';
import { getBerkasFile } from '@/lib/services/berkas/get-berkas-file';

/** A scan or attachment, after the same visibility check as the letter itself: a sandboxed download (pages show it with pdf.js). */
export const GET = defineRoute({ errors: 'text', params: idParams }, async ({ actor, params }) => fileResponse(await getBerkasFile(actor, params.id)));
