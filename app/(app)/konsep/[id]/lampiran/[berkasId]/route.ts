import { z } from 'zod';
import { findCurrentActor } from '@/lib/actions/current-actor';
import { NotFoundError } from '@/lib/domain/errors';
import { fileResponse } from '@/lib/http/file-response';
import { readLampiran } from '@/lib/services/naskah/read-lampiran';

export async function GET(_request: Request, { params }: { params: Promise<{ berkasId: string }> }) {
  const actor = await findCurrentActor();
  if (!actor) return new Response('Masuk terlebih dahulu.', { status: 401 });
  const { berkasId } = await params;
  if (!z.uuid().safeParse(berkasId).success) return new Response('Lampiran tidak ditemukan.', { status: 404 });
  try {
    return fileResponse(await readLampiran(actor, berkasId));
  } catch (error) {
    if (error instanceof NotFoundError) return new Response(error.message, { status: 404 });
    throw error;
  }
}
