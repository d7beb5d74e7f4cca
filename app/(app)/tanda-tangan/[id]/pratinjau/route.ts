import { z } from 'zod';
import { findCurrentActor } from '@/lib/actions/current-actor';
import { NotFoundError } from '@/lib/domain/errors';
import { fileResponse } from '@/lib/http/file-response';
import { textResponse } from '@/lib/http/pdf-response';
import { renderPratinjauNaskah } from '@/lib/services/tanda-tangan/render-pratinjau-naskah';

/** The DRAFT layout of the naskah the signer is about to sign. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await findCurrentActor();
  if (!actor) return textResponse('Silakan masuk terlebih dahulu.', 401);
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return textResponse('Naskah tidak ditemukan.', 404);
  try {
    return fileResponse({ bytes: await renderPratinjauNaskah(actor, id), namaFile: 'pratinjau-naskah.pdf', mime: 'application/pdf' }, { disposition: 'inline', framing: 'self' });
  } catch (error) {
    if (error instanceof NotFoundError) return textResponse(error.message, 404);
    throw error;
  }
}
