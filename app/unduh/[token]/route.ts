import { fileResponse } from '@/lib/http/file-response';
import { textResponse } from '@/lib/http/pdf-response';
import { readUnduhan } from '@/lib/services/tanda-tangan/read-unduhan';

/** Public: an external addressee downloads the signed naskah through the link sent to them. */
export async function GET(_request: Request, { params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const file = token.length <= 120 ? await readUnduhan(token) : ({ ok: false, reason: 'invalid' } as const);
  if (file.ok) return fileResponse({ bytes: file.bytes, namaFile: file.namaFile, mime: 'application/pdf' });
  if (file.reason === 'expired') return textResponse('Tautan unduhan sudah kedaluwarsa. Mintalah tautan baru kepada instansi pengirim.', 410);
  return textResponse('Tautan unduhan tidak valid atau dokumen tidak tersedia.', 404);
}
