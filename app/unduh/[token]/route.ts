import { z } from 'zod';
import { defineRoute } from '@/lib/actions/define-route';
import { fileResponse } from '@/lib/http/file-response';
import { textResponse } from '@/lib/http/pdf-response';
import { readUnduhan } from '@/lib/services/tanda-tangan/read-unduhan';

const INVALID = 'Tautan unduhan tidak valid atau dokumen tidak tersedia.';

/** Public: an external addressee downloads the signed naskah through the link sent to them. */
export const GET = defineRoute({ public: true, errors: 'text', params: z.object({ token: z.string().max(120) }) }, async ({ params }) => {
  const file = await readUnduhan(params.token);
  if (file.ok) return fileResponse({ bytes: file.bytes, namaFile: file.namaFile, mime: 'application/pdf' });
  if (file.reason === 'expired') return textResponse('Tautan unduhan sudah kedaluwarsa. Mintalah tautan baru kepada instansi pengirim.', 410);
  return textResponse(INVALID, 404);
});
