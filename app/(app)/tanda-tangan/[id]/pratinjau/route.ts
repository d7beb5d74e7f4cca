import { z } from 'zod';
import { findCurrentActor } from '@/lib/actions/current-actor';
import { DomainError, NotFoundError } from '@/lib/domain/errors';
import { fileResponse } from '@/lib/http/file-response';
import { textResponse } from '@/lib/http/pdf-response';
import { renderNaskahPreview } from '@/lib/services/naskah/render-naskah-preview';

/** The DRAFT layout of the naskah the signer is about to sign (the same renderer as the konsep preview). */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await findCurrentActor();
  if (!actor) return textResponse('Silakan masuk terlebih dahulu.', 401);
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return textResponse('Naskah tidak ditemukan.', 404);
  try {
    return fileResponse({ bytes: await renderNaskahPreview(actor, id), namaFile: 'pratinjau-naskah.pdf', mime: 'application/pdf' }, { disposition: 'inline', framing: 'self' });
  } catch (error) {
    if (error instanceof NotFoundError) return textResponse(error.message, 404);
    if (error instanceof DomainError) return textResponse(error.message, 422);
    throw error;
  }
}
