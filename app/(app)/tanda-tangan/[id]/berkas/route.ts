import { z } from 'zod';
import { findCurrentActor } from '@/lib/actions/current-actor';
import { NotFoundError } from '@/lib/domain/errors';
import { fileResponse } from '@/lib/http/file-response';
import { textResponse } from '@/lib/http/pdf-response';
import { readNaskahFinal } from '@/lib/services/tanda-tangan/read-naskah-final';

/** The signed PDF; ?unduh downloads it instead of showing it. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await findCurrentActor();
  if (!actor) return textResponse('Silakan masuk terlebih dahulu.', 401);
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return textResponse('Dokumen tidak ditemukan.', 404);
  try {
    const file = await readNaskahFinal(actor, id);
    return fileResponse({ ...file, mime: 'application/pdf' }, new URL(request.url).searchParams.has('unduh') ? {} : { disposition: 'inline', framing: 'self' });
  } catch (error) {
    if (error instanceof NotFoundError) return textResponse(error.message, 404);
    throw error;
  }
}
