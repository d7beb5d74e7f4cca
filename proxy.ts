import { NextResponse, type NextRequest } from 'next/server';
import { declaredLength, MAX_REQUEST_BYTES, REQUEST_TOO_LARGE_MESSAGE } from '@/lib/domain/berkas/request-limit';
import { FOREIGN_ORIGIN_MESSAGE, INVALID_BODY_MESSAGE } from '@/lib/actions/error-status';
import { isForeignOrigin, isStateChanging } from '@/lib/actions/same-origin';
import { isReadableActionBody } from '@/lib/actions/action-reply';
import { formActionIds, isUnknownActionId, UNKNOWN_ACTION_MESSAGE } from '@/lib/actions/known-actions';
import { contentSecurityPolicy, HSTS, newNonce, servedOverHttps } from '@/lib/actions/security-headers';
import { SESSION_COOKIE } from '@/lib/auth/cookie-names';
import { LAST_WRITE_COOKIE, READ_FRESHNESS_HEADER, READING_RECORDED_WITHIN_MS, readFreshnessHeader, replicaUrls } from '@/lib/db/read-freshness';
import { lastWriteCookie } from '@/lib/actions/last-write';
import { REQUESTED_PAGE_HEADER, returnPathOf, signInPath } from '@/lib/domain/auth/return-path';
import { unusableCallbackCookies, withoutCookies } from '@/lib/security/callback-url-cookie';
import { withoutUntrustedForwarding } from '@/lib/security/client-address';
import { warnIfHttpsMismatch } from '@/lib/security/https-mismatch';

// Cheap checks before any page, server action or route runs; none is the security boundary
// (every page and action loads and checks the actor itself), and the headers every page carries.
//
// 1. A request body above MAX_REQUEST_BYTES is refused with 413 and an Indonesian message, so a
//    hand-made 200 MB upload never reaches an action: nothing is parsed, stored or written.
//
// 2. Anyone without a session cookie is sent to the sign-in page, except on the public paths. It
//    only looks for the cookie. It deliberately does not use Auth.js' middleware wrapper, which
//    re-issues the session cookie on every request it sees: a link prefetch still in flight when
//    the person signed out brought the deleted cookie back.
//
// 3. A server action, a form post or a route handler's POST/PUT/PATCH/DELETE from another site is
//    refused with 403 and an Indonesian message (Next refuses a foreign server action too, but as a
//    500). defineRoute checks route handlers again, wherever they are mounted.
//
// 4. Pages get a Content-Security-Policy with a fresh nonce (Next's documented pattern) and, over
//    https, HSTS. File and JSON routes set their own headers (a scan is framed by its letter page).
//
// 5. A server action naming an id this build does not know (forged, or a page left open across a
//    deployment), in the Next-Action header or in an old-style form post, is refused in Indonesian
//    (400 malformed, 409 unknown, as Next would, but Next answers in English), and so is an action
//    body React cannot decode (Next answers those 500).
//
// 6. X-Forwarded-For written by the client is dropped unless a trusted proxy stands in front
//    (TRUSTED_PROXY_HOPS), so Next fills it from the socket and a rate limit cannot be dodged by
//    making up a new address per request.
//
// 7. A page asked with a method it has no use for (OPTIONS, PUT, DELETE), and any path asked with a
//    method that is not HTTP's (PROPFIND), is 405.
//
// 8. A planted Auth.js callback-url cookie that Auth.js would refuse (signing the person out on every
//    page, and out of the sign-in too) is dropped from the request and expired in the answer.
//
// 9. Sent to sign in, a person comes back to the page they asked for (`/masuk?kembali=`, a path on
//    this app only: lib/domain/auth/return-path.ts).
//
// 10. How fresh the request's reads must be, for read replicas (lib/db/read-freshness.ts).

// Public: the sign-in page, Auth.js endpoints, the public verification page, external download links, PKI endpoints.
const PUBLIC_PATH = /^\/(masuk|verifikasi|unduh\/|api\/auth|api\/pki|api\/verifikasi)/;

// Route handlers (app/**/route.ts): files, JSON and the pdf.js worker, not pages.
const ROUTE_HANDLER = /^\/(berkas|unduh|pdfjs|api)\/|\/(lembar-disposisi|pratinjau|berkas|lampiran(\/[^/]+)?|cari-pegawai)$|^\/admin\/impor\/templat\//;

/** Counts a body without Content-Length (chunked) as it arrives; stops reading once past max. */
async function exceeds(body: ReadableStream<Uint8Array>, max: number): Promise<boolean> {
  const reader = body.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return false;
    total += value.byteLength;
    if (total > max) {
      // Not awaited: the body is a tee'd clone, and a tee branch's cancel settles only once the
      // other branch is cancelled too, which nobody does here: awaiting it hung the request.
      void reader.cancel();
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
  // A clone, so a form post's action ids can still be read below.
  return request.body ? exceeds(request.clone().body!, MAX_REQUEST_BYTES) : false;
}

/**
 * The refusal in the shape its sender reads: plain text for a server action (React's action client
 * shows a text/plain error body as the message) and for a page's form post; JSON in defineRoute's
 * one error shape { ok: false, message } for the upload routes' own clients.
 */
function tooLarge(request: NextRequest): NextResponse {
  if (request.headers.has('next-action') || request.headers.get('accept')?.includes('text/html')) {
    return new NextResponse(REQUEST_TOO_LARGE_MESSAGE, { status: 413, headers: { 'content-type': 'text/plain' } });
  }
  return NextResponse.json({ ok: false, message: REQUEST_TOO_LARGE_MESSAGE }, { status: 413 });
}

// A letter's page marks it read as it renders (openSurat), where no cookie can be set.
const RECORDS_ITS_READING = /^\/surat-masuk\/[0-9a-f-]{36}$/i;

/** Lets the request through, with the page headers on it (the CSP on the request is where Next
 * reads the nonce from) and on its answer. */
function pass(request: NextRequest): NextResponse {
  const https = servedOverHttps();
  warnIfHttpsMismatch(request.headers.get('x-forwarded-proto'), https);
  const headers = withoutUntrustedForwarding(request.headers);
  const planted = unusableCallbackCookies(headers.get('cookie'));
  if (planted.length > 0) headers.set('cookie', withoutCookies(headers.get('cookie')!, planted));
  // Set here on every request, whatever the client sent: a page whose session has ended sends the
  // person to sign in and back (requireActor).
  headers.set(REQUESTED_PAGE_HEADER, returnPathOf(request.nextUrl) ?? '');
  // Whether this request's reads may come from a read replica (lib/db/read-freshness.ts), likewise.
  headers.set(READ_FRESHNESS_HEADER, readFreshnessHeader(request.method, request.cookies.get(LAST_WRITE_COOKIE)?.value));
  let csp: string | null = null;
  if (!ROUTE_HANDLER.test(request.nextUrl.pathname)) {
    csp = contentSecurityPolicy(newNonce(), { dev: process.env.NODE_ENV === 'development', https });
    headers.set('Content-Security-Policy', csp);
  }
  const response = NextResponse.next({ request: { headers } });
  if (csp) response.headers.set('Content-Security-Policy', csp);
  if (https) response.headers.set('Strict-Transport-Security', HSTS);
  if (request.method === 'GET' && RECORDS_ITS_READING.test(request.nextUrl.pathname) && replicaUrls().length > 0) {
    response.cookies.set(lastWriteCookie(Date.now() + READING_RECORDED_WITHIN_MS));
  }
  for (const name of planted) response.cookies.set(name, '', { path: '/', maxAge: 0, secure: name.startsWith('__Secure-') || name.startsWith('__Host-') });
  return response;
}

// A page answers GET and HEAD, and POST for its server actions. A route handler declares its own
// methods among HTTP's (Next answers the rest 405). Next answers anything else (OPTIONS on a page,
// PROPFIND, a made-up verb) with an empty 400.
const PAGE_METHODS = new Set(['GET', 'HEAD', 'POST']);
const ROUTE_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);
export const METHOD_NOT_ALLOWED_MESSAGE = 'Metode permintaan ini tidak didukung.';

function methodNotAllowed(route: boolean): NextResponse {
  const headers: Record<string, string> = { 'content-type': 'text/plain; charset=utf-8' };
  if (!route) headers.Allow = 'GET, HEAD, POST';
  return new NextResponse(METHOD_NOT_ALLOWED_MESSAGE, { status: 405, headers });
}

/** 403 in the shape its sender reads: JSON for a route handler, plain text for a server action. */
function foreignOrigin(route: boolean): NextResponse {
  if (route) return NextResponse.json({ ok: false, message: FOREIGN_ORIGIN_MESSAGE }, { status: 403 });
  return new NextResponse(FOREIGN_ORIGIN_MESSAGE, { status: 403, headers: { 'content-type': 'text/plain; charset=utf-8' } });
}

interface Refusal {
  status: 400 | 409;
  message: string;
}

/**
 * What is wrong with a page POST as a server action, or null when nothing is: an id this build
 * does not know (in Next-Action or in an old-style form post's fields), or a body React cannot decode.
 */
async function actionRefusal(request: NextRequest): Promise<Refusal | null> {
  const header = request.headers.get('next-action');
  let ids: string[];
  if (header !== null) ids = [header];
  else if (request.headers.get('content-type')?.toLowerCase().startsWith('multipart/form-data') && request.body) {
    try {
      ids = formActionIds(await request.clone().formData());
    } catch {
      return { status: 400, message: INVALID_BODY_MESSAGE };
    }
  } else return null;
  // A form post that names no action at all: Next answered it 400 in English and logged an error
  // with its stack for every one (a public page like /masuk takes them from anyone, and an upload
  // whose session had ended was redirected there).
  if (header === null && ids.length === 0) return { status: 400, message: INVALID_BODY_MESSAGE };
  const unknown = ids.filter((id) => isUnknownActionId(id));
  if (unknown.length > 0) return { status: unknown.some((id) => isUnknownActionId(id, null)) ? 400 : 409, message: UNKNOWN_ACTION_MESSAGE };
  if (header !== null && !(await isReadableActionBody(request))) return { status: 400, message: INVALID_BODY_MESSAGE };
  return null;
}

export async function proxy(request: NextRequest) {
  const route = ROUTE_HANDLER.test(request.nextUrl.pathname);
  if (!(route ? ROUTE_METHODS : PAGE_METHODS).has(request.method)) return methodNotAllowed(route);
  if (await bodyTooLarge(request)) return tooLarge(request);
  // Before the session check, so a cross-site request is refused as such even without a cookie
  // (instead of being sent on to the sign-in page). defineRoute checks again for route handlers.
  if (isStateChanging(request.method) && isForeignOrigin(request)) return foreignOrigin(route);
  const refusal = request.method === 'POST' && !route ? await actionRefusal(request) : null;
  if (refusal) return new NextResponse(refusal.message, { status: refusal.status, headers: { 'content-type': 'text/plain', 'cache-control': 'no-store' } });
  if (PUBLIC_PATH.test(request.nextUrl.pathname)) return pass(request);
  if (request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name) && cookie.value)) return pass(request);
  // A server action whose cookie has gone (8 hours without a request): its wrapper finds no actor
  // and sends the person to sign in and back to this page, which the form hears (useFormAction
  // keeps what was typed). Redirected here, the call followed the redirect as a POST and the form
  // said the network had failed. An action checks the actor itself every time (defineAction), and
  // its id answers on the public pages anyway, so this lets nothing new through.
  if (request.method === 'POST' && !route && request.headers.has('next-action')) return pass(request);
  // To sign in, and back to the page afterwards (a letter linked from a notification).
  const back = request.method === 'GET' || request.method === 'HEAD' ? returnPathOf(request.nextUrl) : null;
  return NextResponse.redirect(new URL(signInPath(back), request.nextUrl.origin));
}

export const config = {
  // Every request but static assets: the body cap covers the public endpoints too. The installed
  // app's files (worker, manifest, icons, offline page) are fetched without a session too.
  matcher: ['/((?!_next/static|_next/image|favicon.ico|robots.txt|sw.js|manifest.webmanifest|icons/|apple-touch-icon.png|luring.html).*)'],
};
