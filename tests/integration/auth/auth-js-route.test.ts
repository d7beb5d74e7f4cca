// Auth.js' own endpoints (/api/auth/*) behind defineRoute. Before: a callbackUrl Auth.js cannot
// parse was a 500 "server configuration" error, a POST to /session without its CSRF token a 400
// with the body null, /error?error=Configuration its English error page with status 500, and a
// cross-site POST reached Auth.js.
import { NextRequest } from 'next/server';
import { describe, expect, it, vi } from 'vitest';
import { FOREIGN_ORIGIN_MESSAGE, INVALID_REQUEST_MESSAGE } from '@/lib/actions/error-status';
import { GET, POST, isCallbackAddress } from '@/lib/auth/auth-js-route';

// Auth.js reads its secret when NextAuth() runs, at import; without one every endpoint is its
// configuration error.
vi.hoisted(() => {
  process.env.AUTH_SECRET ??= 'integration-test-secret-0123456789abcdef';
});

const APP = 'http://127.0.0.1:3000';
const ctx = (action: string) => ({ params: Promise.resolve({ nextauth: action.split('/') }) });
const get = (path: string, headers: Record<string, string> = {}) => GET(new NextRequest(`${APP}/api/auth/${path}`, { headers }), ctx(path.split('?')[0]));
const post = (path: string, headers: Record<string, string> = {}, body = '') =>
  POST(new NextRequest(`${APP}/api/auth/${path}`, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', ...headers }, body }), ctx(path));

describe('Auth.js endpoints behind the route wrapper', () => {
  it('a callbackUrl Auth.js cannot parse is a 400 in Indonesian, in the query or in its cookie', async () => {
    for (const callbackUrl of ['%25', 'a%00b', '2026-13-45', '%E2%80%AEfdp.exe', 'javascript:alert(1)', '%2F%2Fevil.example']) {
      const answer = await get(`session?callbackUrl=${callbackUrl}`);
      expect(answer.status, callbackUrl).toBe(400);
      expect(((await answer.json()) as { message: string }).message).toBe('Alamat kembali tidak dikenali.');
    }
    const cookie = await get('session', { cookie: 'authjs.callback-url=%25' });
    expect(cookie.status).toBe(400);
    expect(await cookie.json()).toEqual({ ok: false, message: INVALID_REQUEST_MESSAGE });
  });

  it('a session read with an ordinary callbackUrl still answers as Auth.js does', async () => {
    const answer = await get('session?callbackUrl=%2Fsurat-masuk');
    expect(answer.status).toBe(200);
    expect(await answer.json()).toBeNull();
  });

  it('Auth.js\' own refusals come back in the one Indonesian shape', async () => {
    // POST /session without the CSRF token: Auth.js answers 400 with the body null.
    const session = await post('session', {}, '{}');
    expect(session.status).toBe(400);
    expect(await session.json()).toEqual({ ok: false, message: INVALID_REQUEST_MESSAGE });
  });

  it('a cross-site POST is 403 before Auth.js runs (sign-out included)', async () => {
    const attacks: Record<string, string>[] = [{ 'sec-fetch-site': 'cross-site' }, { origin: 'https://evil.example' }];
    for (const headers of attacks) {
      const answer = await post('signout', headers, 'csrfToken=x');
      expect(answer.status).toBe(403);
      expect(await answer.json()).toEqual({ ok: false, message: FOREIGN_ORIGIN_MESSAGE });
    }
  });

  it('Auth.js\' error page (English, status 500) is replaced by the sign-in page', async () => {
    const answer = await get('error?error=Configuration');
    expect(answer.status).toBe(302);
    expect(answer.headers.get('location')).toMatch(/\/masuk\?error=Configuration$/);
  });

  it('cookies are Secure and __Host-/__Secure- prefixed when AUTH_URL is https, plain over http', async () => {
    const setCookies = async () => (await get('csrf')).headers.getSetCookie();
    const plain = await setCookies();
    expect(plain.some((c) => c.startsWith('authjs.csrf-token='))).toBe(true);
    expect(plain.some((c) => /;\s*secure/i.test(c))).toBe(false);
    const before = process.env.AUTH_URL;
    process.env.AUTH_URL = 'https://eoffice.nusaindahprov.go.id';
    try {
      const secure = await setCookies();
      expect(secure.length).toBeGreaterThan(0);
      for (const cookie of secure) {
        expect(cookie).toMatch(/^__(Host|Secure)-authjs\./);
        expect(cookie).toMatch(/;\s*Secure/i);
        expect(cookie).toMatch(/;\s*HttpOnly/i);
      }
    } finally {
      if (before === undefined) delete process.env.AUTH_URL;
      else process.env.AUTH_URL = before;
    }
  });

  it('isCallbackAddress takes paths of this app and http(s) addresses only', () => {
    for (const ok of ['/', '/surat-masuk?x=1', 'http://127.0.0.1:3000/', 'https://eoffice.go.id/masuk']) expect(isCallbackAddress(ok), ok).toBe(true);
    for (const bad of ['%', '//evil.example', '/\\evil.example', 'javascript:alert(1)', 'a\u0000b', 'data:text/html,x', '']) expect(isCallbackAddress(bad), bad).toBe(false);
  });
});
