import { NextResponse } from 'next/server';
import { auth } from '@/lib/auth/auth';

// Sends anyone without a session to the sign-in page before a page renders. Pages and services
// still check the actor themselves: this is a convenience, not the security boundary.
export const proxy = auth((request) => {
  if (request.auth?.user) return NextResponse.next();
  const url = new URL('/masuk', request.nextUrl.origin);
  return NextResponse.redirect(url);
});

export const config = {
  // Public: the sign-in page, Auth.js endpoints, the public verification page and PKI endpoints, assets.
  matcher: ['/((?!masuk|verifikasi|api/auth|api/pki|api/verifikasi|_next/static|_next/image|favicon.ico|robots.txt).*)'],
};
