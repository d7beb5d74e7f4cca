import { describe, expect, it } from 'vitest';
import { unusableCallbackCookies, withoutCookies } from '@/lib/security/callback-url-cookie';

// A callback-url cookie Auth.js refuses signs the person out of every page; one it accepts stays.
describe('planted Auth.js callback-url cookies', () => {
  it('names the ones Auth.js would refuse: not an http(s) address nor a path', () => {
    for (const value of ['%E0%A4%A', 'javascript%3Aalert(1)', 'garbage', '', 'ftp%3A%2F%2Fx', 'data:text/html,x']) {
      expect(unusableCallbackCookies(`authjs.session-token=abc; authjs.callback-url=${value}; x=1`), value).toEqual(['authjs.callback-url']);
    }
    expect(unusableCallbackCookies('__Secure-authjs.callback-url=%%%')).toEqual(['__Secure-authjs.callback-url']);
    expect(unusableCallbackCookies('__Host-authjs.callback-url=%%%')).toEqual(['__Host-authjs.callback-url']);
    expect(unusableCallbackCookies('authjs.callback-url')).toEqual(['authjs.callback-url']);
  });

  it('leaves the ones Auth.js writes, and other cookies', () => {
    for (const value of ['http%3A%2F%2Flocalhost%3A3000%2Fsurat-masuk', 'https://eoffice.example.go.id/', '%2Fcari%3Fq%3Dundangan', '/tanda-tangan']) {
      expect(unusableCallbackCookies(`authjs.callback-url=${value}`), value).toEqual([]);
    }
    expect(unusableCallbackCookies('x-callback-url=garbage; authjs.callback-urls=garbage')).toEqual([]);
    expect(unusableCallbackCookies(null)).toEqual([]);
  });

  it('drops only the named cookies from the header', () => {
    expect(withoutCookies('a=1; authjs.callback-url=%%; b=2', ['authjs.callback-url'])).toBe('a=1; b=2');
    expect(withoutCookies('authjs.callback-url=%%', ['authjs.callback-url'])).toBe('');
  });
});
