import { NextResponse, type NextRequest } from 'next/server';

// Sends anyone without a session cookie to the sign-in page before a page renders. It only looks
// for the cookie: every page and action loads and checks the actor itself (requireActor), so this
// is a convenience, not the security boundary. It deliberately does not use Auth.js' middleware
// wrapper, which re-issues the session cookie on every request it sees: a link prefetch still in
// flight when the person signed out brought the deleted cookie back.
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export function proxy(request: NextRequest) {
  if (request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name) && cookie.value)) return NextResponse.next();
  return NextResponse.redirect(new URL('/masuk', request.nextUrl.origin));
}

export const config = {
  // Public: the sign-in page, Auth.js endpoints, the public verification page, external download links, PKI endpoints, assets.
  matcher: ['/((?!masuk|verifikasi|unduh/|api/auth|api/pki|api/verifikasi|_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
