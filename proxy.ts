import { NextResponse, type NextRequest } from 'next/server';
import { declaredLength, MAX_REQUEST_BYTES, REQUEST_TOO_LARGE_MESSAGE } from '@/lib/domain/berkas/request-limit';

// Two cheap checks before any page, server action or route runs; neither is the security
// boundary (every page and action loads and checks the actor itself).
//
// 1. A request body above MAX_REQUEST_BYTES is refused with 413 and an Indonesian message, so a
//    hand-made 200 MB upload never reaches an action: nothing is parsed, stored or written.
//
// 2. Anyone without a session cookie is sent to the sign-in page, except on the public paths. It
//    only looks for the cookie. It deliberately does not use Auth.js' middleware wrapper, which
//    re-issues the session cookie on every request it sees: a link prefetch still in flight when
//    the person signed out brought the deleted cookie back.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

// Public: the sign-in page, Auth.js endpoints, the public verification page, external download links, PKI endpoints.
const PUBLIC_PATH = /^\/(masuk|verifikasi|unduh\/|api\/auth|api\/pki|api\/verifikasi)/;

/** Counts a body without Content-Length (chunked) as it arrives; stops reading once past max. */
async function exceeds(body: ReadableStream<Uint8Array>, max: number): Promise<boolean> {
  const reader = body.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    total += value.byteLength;
    if (total > max) {
      await reader.cancel();
      return true;
    }
  }
}

async function bodyTooLarge(request: NextRequest): Promise<boolean> {
  if (request.method === 'GET' || request.method === 'HEAD') return false;
  const declared = declaredLength(request.headers.get('content-length'));
  if (declared !== null) return declared > MAX_REQUEST_BYTES;
  // Next hands the proxy a copy of the body cut at experimental.proxyClientMaxBodySize, which
  // next.config.js sets above MAX_REQUEST_BYTES, so an oversized chunked body still shows here.
  return request.body ? exceeds(request.body, MAX_REQUEST_BYTES) : false;
}

/**
 * The refusal in the shape its sender reads: plain text for a server action (React's action client
 * shows a text/plain error body as the message) and for a page's form post; JSON for the upload
 * routes' own clients, which read { ok, message } (lampiran) or { error } (verifikasi).
 */
function tooLarge(request: NextRequest): NextResponse {
  if (request.headers.has('next-action') || request.headers.get('accept')?.includes('text/html')) {
    return new NextResponse(REQUEST_TOO_LARGE_MESSAGE, { status: 413, headers: { 'content-type': 'text/plain' } });
  }
  return NextResponse.json({ ok: false, message: REQUEST_TOO_LARGE_MESSAGE, error: REQUEST_TOO_LARGE_MESSAGE }, { status: 413 });
}

export async function proxy(request: NextRequest) {
  if (await bodyTooLarge(request)) return tooLarge(request);
  if (PUBLIC_PATH.test(request.nextUrl.pathname)) return NextResponse.next();
  if (request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name) && cookie.value)) return NextResponse.next();
  return NextResponse.redirect(new URL('/masuk', request.nextUrl.origin));
}

export const config = {
  // Every request but static assets: the body cap covers the public endpoints too.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
