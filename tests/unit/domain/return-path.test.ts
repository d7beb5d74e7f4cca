import { describe, expect, it } from 'vitest';
import { returnPathOf, returnPathOfSignIn, safeReturnPath, signInPath } from '@/lib/domain/auth/return-path';

// Open-redirect payloads as published (PayloadsAllTheThings "Open Redirect", OWASP's unvalidated
// redirects cheat sheet): each would send a person who just signed in to another host.
const FOREIGN = [
  '//evil.example',
  '///evil.example',
  '////evil.example/',
  'https://evil.example',
  'http:evil.example',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  '/\\evil.example',
  '\\/\\/evil.example/',
  '/\\/evil.example',
  '/\t/evil.example',
  '/\n/evil.example',
  '/\r\n/evil.example',
  ' //evil.example',
  '/ /evil.example',
  '/..//evil.example',
  '/a/..//evil.example',
  '/%2e%2e//evil.example',
  '/a/%2E%2E//evil.example',
  '/./..//evil.example',
  'evil.example',
  '',
];

describe('safeReturnPath', () => {
  it.each(FOREIGN)('refuses %j', (value) => {
    expect(safeReturnPath(value)).toBeNull();
  });

  it('keeps a path on this app, with its query, normalised', () => {
    expect(safeReturnPath('/surat-masuk/0190f3a0-1111-7222-8333-944455556666')).toBe('/surat-masuk/0190f3a0-1111-7222-8333-944455556666');
    expect(safeReturnPath('/cari?q=undangan%20rapat&halaman=2')).toBe('/cari?q=undangan%20rapat&halaman=2');
    expect(safeReturnPath('/a/./b/../disposisi')).toBe('/a/disposisi');
    // Escaped slashes stay escaped: a browser reads them as one path segment on this host.
    expect(safeReturnPath('/%2F%2Fevil.example')).toBe('/%2F%2Fevil.example');
    expect(safeReturnPath('/surat-masuk#catatan')).toBe('/surat-masuk');
  });

  it('refuses signing in or out again, anything but a string, and an address past 2,000 characters', () => {
    for (const value of ['/masuk', '/masuk?kembali=/x', '/keluar', '/api/auth/signout', '/api/auth']) expect(safeReturnPath(value), value).toBeNull();
    expect(safeReturnPath('/masukan')).toBe('/masukan');
    for (const value of [undefined, null, 42, ['/surat-masuk'], { toString: () => '/surat-masuk' }]) expect(safeReturnPath(value)).toBeNull();
    expect(safeReturnPath(`/cari?q=${'a'.repeat(2000)}`)).toBeNull();
    expect(safeReturnPath(`/cari?q=${'a'.repeat(1990)}`)).not.toBeNull();
  });
});

describe('returnPathOf and signInPath', () => {
  it('drops a client navigation\'s _rsc key and leaves Beranda out', () => {
    expect(returnPathOf(new URL('http://app.local/surat-masuk/x?_rsc=1a2b'))).toBe('/surat-masuk/x');
    expect(returnPathOf(new URL('http://app.local/cari?q=a&_rsc=1'))).toBe('/cari?q=a');
    expect(returnPathOf(new URL('http://app.local/'))).toBeNull();
    expect(returnPathOf(new URL('http://app.local/..//evil.example'))).not.toBe('//evil.example');
  });

  it('writes the return path as one escaped query value', () => {
    expect(signInPath('/cari?q=a&halaman=2')).toBe('/masuk?kembali=%2Fcari%3Fq%3Da%26halaman%3D2');
    expect(signInPath(null)).toBe('/masuk');
  });
});

describe('returnPathOfSignIn', () => {
  it('reads the page a redirect to sign in returns to, Beranda when it names none', () => {
    const letter = '/surat-masuk/0193e0c2-7b8a-7000-8000-000000000001?tab=disposisi';
    expect(returnPathOfSignIn(signInPath(letter))).toBe(letter);
    expect(returnPathOfSignIn(signInPath(null))).toBe('/');
    expect(returnPathOfSignIn('http://localhost:3000/masuk?kembali=%2Fcari%3Fq%3Dx', 'http://localhost:3000')).toBe('/cari?q=x');
  });

  it('is null for a redirect anywhere else, and Beranda for a foreign return address', () => {
    expect(returnPathOfSignIn('/surat-masuk')).toBeNull();
    expect(returnPathOfSignIn('/masukan')).toBeNull();
    expect(returnPathOfSignIn('https://evil.example/masuk?kembali=%2Fx')).toBeNull();
    expect(returnPathOfSignIn('https://evil.example/masuk?kembali=%2Fx', 'http://localhost:3000')).toBeNull();
    expect(returnPathOfSignIn('/masuk?kembali=%2F%2Fevil.example')).toBe('/');
  });
});
