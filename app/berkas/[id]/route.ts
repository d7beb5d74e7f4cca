import { z } from 'zod';
import { findCurrentActor } from '@/lib/actions/current-actor';
import { NotFoundError } from '@/lib/domain/errors';
import { fileResponse } from '@/lib/http/file-response';
import { BERKAS_NOT_FOUND_MESSAGE, getBerkasFile } from '@/lib/services/berkas/get-berkas-file';

const notFound = () => new Response(BERKAS_NOT_FOUND_MESSAGE, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** A scan or attachment as a download, after the same visibility check as the letter itself. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await findCurrentActor();
  if (!actor) return new Response('Silakan masuk terlebih dahulu.', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return notFound();
  try {
    return fileResponse(await getBerkasFile(actor, id));
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}
