// Shared plumbing of the mock CA's HTTP endpoints (app/api/pki/**).
const MAX_REQUEST_BYTES = 64 * 1024;

/** The request body as bytes, or null when it is missing, too large or of the wrong content type. */
export async function readDerBody(request: Request, contentType: string): Promise<Uint8Array | null> {
  if (!(request.headers.get('content-type') ?? '').toLowerCase().startsWith(contentType)) return null;
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > MAX_REQUEST_BYTES) return null;
  const body = new Uint8Array(await request.arrayBuffer());
  return body.length === 0 || body.length > MAX_REQUEST_BYTES ? null : body;
}

export function derResponse(body: Uint8Array, contentType: string, maxAgeSeconds = 0): Response {
  return new Response(new Uint8Array(body), {
    headers: { 'content-type': contentType, 'cache-control': maxAgeSeconds ? `public, max-age=${maxAgeSeconds}` : 'no-store' },
  });
}

export function badRequest(message: string): Response {
  return new Response(message, { status: 400, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}
