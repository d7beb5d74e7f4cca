import { z } from 'zod';
import { findCurrentActor } from '@/lib/actions/current-actor';
import { NotFoundError } from '@/lib/domain/errors';
import { BERKAS_NOT_FOUND_MESSAGE, getBerkasFile } from '@/lib/services/berkas/get-berkas-file';

const notFound = () => new Response(BERKAS_NOT_FOUND_MESSAGE, { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });

/** Streams a scan or attachment inline, after the same visibility check as the letter itself. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }) {
  const actor = await findCurrentActor();
  if (!actor) return new Response('Silakan masuk terlebih dahulu.', { status: 401, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
  const { id } = await params;
  if (!z.uuid().safeParse(id).success) return notFound();
  try {
    const file = await getBerkasFile(actor, id);
    const download = new URL(request.url).searchParams.has('unduh');
    return new Response(Buffer.from(file.bytes), {
      headers: {
        'Content-Type': file.mime,
        'Content-Length': String(file.bytes.byteLength),
        'Content-Disposition': `${download ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(file.namaFile)}`,
        'Cache-Control': 'private, no-store',
        ETag: `"${file.sha256}"`,
        // Shown in the letter page's frame on desktop; never framed by another site.
        'X-Frame-Options': 'SAMEORIGIN',
        'Content-Security-Policy': "frame-ancestors 'self'",
      },
    });
  } catch (error) {
    if (error instanceof NotFoundError) return notFound();
    throw error;
  }
}
