import { afterEach, describe, expect, it } from 'vitest';
import { activePostCookieName, authCookies, CALLBACK_URL_COOKIE, hostCookieAttributes, SESSION_COOKIE } from '@/lib/auth/cookie-names';

const AUTH_URL = process.env.AUTH_URL;
afterEach(() => {
  if (AUTH_URL === undefined) delete process.env.AUTH_URL;
  else process.env.AUTH_URL = AUTH_URL;
});

describe('cookie names', () => {
  it('over https: __Host- names, Secure and Path=/ (what the browser demands of the prefix)', () => {
    process.env.AUTH_URL = 'https://eoffice.jatengprov.go.id';
    const cookies = authCookies()!;
    expect(cookies.sessionToken.name).toBe('__Host-authjs.session-token');
    expect(cookies.callbackUrl.name).toBe('__Host-authjs.callback-url');
    for (const c of [cookies.sessionToken, cookies.callbackUrl]) expect(c.options).toEqual({ httpOnly: true, sameSite: 'lax', path: '/', secure: true });
    expect(activePostCookieName()).toBe('__Host-eoffice_jabatan');
    expect(hostCookieAttributes()).toEqual({ path: '/', secure: true });
    expect(JSON.stringify(cookies)).not.toContain('domain');
  });

  it('over plain http (a demo on localhost): Auth.js keeps its own names, and no cookie asks for Secure', () => {
    process.env.AUTH_URL = 'http://localhost:3000';
    expect(authCookies()).toBeUndefined();
    expect(activePostCookieName()).toBe('eoffice_jabatan');
    expect(hostCookieAttributes()).toEqual({ path: '/', secure: false });
  });

  it('recognises the session and callback cookies under every prefix, whole or chunked, and nothing else', () => {
    for (const name of ['authjs.session-token', '__Secure-authjs.session-token', '__Host-authjs.session-token', '__Host-authjs.session-token.1']) expect(SESSION_COOKIE.test(name), name).toBe(true);
    for (const name of ['authjs.session-tokens', 'x__Host-authjs.session-token', '__host-authjs.session-token', 'authjs.session-token.x']) expect(SESSION_COOKIE.test(name), name).toBe(false);
    for (const name of ['authjs.callback-url', '__Secure-authjs.callback-url', '__Host-authjs.callback-url']) expect(CALLBACK_URL_COOKIE.test(name), name).toBe(true);
    expect(CALLBACK_URL_COOKIE.test('__Host-authjs.callback-url.0')).toBe(false);
  });
});
