import { zipResponseBody } from '@/lib/services/arsip/stream-naskah-zip';

/** A streamed zip download: bytes go out as they are made, never held whole. */
export function zipResponse(zip: { namaFile: string; chunks: AsyncGenerator<Uint8Array> }): Response {
  return new Response(zipResponseBody(zip.chunks), {
    headers: { 'Content-Type': 'application/zip', 'Content-Disposition': `attachment; filename="${zip.namaFile}"`, 'Cache-Control': 'no-store' },
  });
}
