import { z } from 'zod';
import { findCurrentActor } from '@/lib/actions/current-actor';
import { DomainError, ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { fileResponse } from '@/lib/http/file-response';
import { renderNaskahPreview } from '@/lib/services/naskah/render-naskah-preview';

// The live preview of a draft as PDF, loaded through the draft scope.
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await findCurrentActor();
  if (!actor) return new Response('Masuk terlebih dahulu.', { status: 401 });
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return new Response('Naskah tidak ditemukan.', { status: 404 });
  try {
    return fileResponse({ bytes: await renderNaskahPreview(actor, id), namaFile: 'pratinjau.pdf', mime: 'application/pdf' }, { disposition: 'inline' });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return new Response(error.message, { status: 404 });
    if (error instanceof DomainError) return new Response(error.message, { status: 422, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
    throw error;
  }
}
