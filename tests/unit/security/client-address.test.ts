import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress } from '@/lib/security/client-address';

const headers = (xff?: string) => new Headers(xff === undefined ? {} : { 'x-forwarded-for': xff });

afterEach(() => {
  delete process.env.TRUSTED_PROXY_HOPS;
});

describe('clientAddress', () => {
  // [TRUSTED_PROXY_HOPS, X-Forwarded-For as the app receives it, expected]
  const cases: [string | undefined, string | undefined, string | null][] = [
    // No proxy: Next.js filled the header from the socket.
    [undefined, '203.0.113.9', '203.0.113.9'],
    [undefined, '::ffff:127.0.0.1', '127.0.0.1'],
    [undefined, '2001:db8::1', '2001:db8::1'],
    [undefined, undefined, null],
    // One nginx appending $remote_addr: a client-written entry on the left is ignored.
    ['1', '6.6.6.6, 203.0.113.9', '203.0.113.9'],
    ['1', '203.0.113.9', '203.0.113.9'],
    // A load balancer, then nginx: the second entry from the right is the client.
    ['2', '6.6.6.6, 203.0.113.9, 10.0.0.2', '203.0.113.9'],
    // Fewer entries than hops: the app was reached around the proxies; nothing to trust.
    ['2', '203.0.113.9', null],
    // Garbage is not an address (and never becomes a rate-limit key).
    ['1', 'bukan-alamat', null],
    ['1', '203.0.113.9, ', '203.0.113.9'],
    ['abc', '203.0.113.9', '203.0.113.9'],
  ];
  for (const [hops, xff, expected] of cases) {
    it(`hops=${hops ?? 'unset'}, X-Forwarded-For=${JSON.stringify(xff)} -> ${expected}`, () => {
      if (hops !== undefined) process.env.TRUSTED_PROXY_HOPS = hops;
      expect(clientAddress(headers(xff))).toBe(expected);
    });
  }
});
