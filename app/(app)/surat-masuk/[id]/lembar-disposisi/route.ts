import { z } from 'zod';
import { findCurrentActor } from '@/lib/actions/current-actor';
import { ForbiddenError, NotFoundError } from '@/lib/domain/errors';
import { fileResponse } from '@/lib/http/file-response';
import { getLembarDisposisi } from '@/lib/services/disposisi/get-lembar-disposisi';

const plain = (message: string, status: number) => new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** The lembar disposisi PDF, shown inline so a phone opens it in its viewer. */
export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await findCurrentActor();
  if (!actor) return plain('Silakan masuk terlebih dahulu.', 401);
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return plain('Surat tidak ditemukan atau Anda tidak berwenang membukanya.', 404);
  try {
    const { pdf, namaFile } = await getLembarDisposisi(actor, id);
    return fileResponse({ bytes: pdf, namaFile, mime: 'application/pdf' }, { disposition: 'inline' });
  } catch (error) {
    if (error instanceof NotFoundError || error instanceof ForbiddenError) return plain(error.message, 404);
    throw error;
  }
}
