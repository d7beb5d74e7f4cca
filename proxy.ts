import { NextResponse, type NextRequest } from 'next/server';
import { auth } from '@/lib/auth/auth';

// Sends anyone without a session to the sign-in page before a page renders. Pages and services
// still check the actor themselves: this is a convenience, not the security boundary.
const redirectWithoutSession = auth((request) => {
  if (request.auth?.user) return NextResponse.next();
  const url = new URL('/masuk', request.nextUrl.origin);
  return NextResponse.redirect(url);
});

export function proxy(request: NextRequest) {
  // Server actions (POST) check the actor themselves. Auth.js' wrapper re-issues the session cookie
  // on every request it sees, and on the sign-out POST that fresh cookie outlived the deletion.
  if (request.method !== 'GET' && request.method !== 'HEAD') return NextResponse.next();
  return redirectWithoutSession(request, { params: Promise.resolve({}) });
}

export const config = {
  // Public: the sign-in page, Auth.js endpoints, the public verification page, external download links, PKI endpoints, assets.
  matcher: ['/((?!masuk|verifikasi|unduh/|api/auth|api/pki|api/verifikasi|_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
