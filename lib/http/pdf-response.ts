// A PDF answer for route handlers: inline (shown in the page's frame) or as a download, never
// cached by shared caches and never framed by another site.
export function pdfResponse(bytes: Uint8Array, namaFile: string, opts: { download?: boolean; cache?: 'private' | 'none' } = {}): Response {
  return new Response(Buffer.from(bytes), {
    headers: {
      'Content-Type': 'application/pdf',
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition': `${opts.download ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(namaFile)}`,
      'Cache-Control': opts.cache === 'private' ? 'private, max-age=300' : 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'SAMEORIGIN',
      'Content-Security-Policy': "frame-ancestors 'self'",
    },
  });
}

export function textResponse(message: string, status: number): Response {
  return new Response(message, { status, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
