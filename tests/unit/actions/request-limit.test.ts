import { NextRequest } from 'next/server';
import { redirect } from 'next/navigation';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { proxy } from '@/proxy';
import { declaredLength, MAX_REQUEST_BYTES } from '@/lib/domain/berkas/request-limit';
import { MAX_UPLOAD_BYTES } from '@/lib/domain/berkas/sniff';
import { REQUEST_FAILED_MESSAGE, requestFailureState, withRequestFailure } from '@/lib/actions/request-failure';

const TOO_LARGE = 'Berkas terlalu besar: paling besar 20 MB.';
const SESSION = { cookie: 'authjs.session-token=abc' };

/** A body of n zero bytes in 1 MB chunks, never held whole. */
function zeros(n: number): ReadableStream<Uint8Array> {
  const chunk = new Uint8Array(1024 * 1024);
  let left = n;
  return new ReadableStream({
    pull(controller) {
      if (left <= 0) return controller.close();
      const size = Math.min(left, chunk.byteLength);
      controller.enqueue(chunk.subarray(0, size));
      left -= size;
    },
  });
}

const post = (pathname: string, init: { body?: ReadableStream<Uint8Array> | string; headers?: Record<string, string> }) =>
  new NextRequest(`http://127.0.0.1${pathname}`, { method: 'POST', body: init.body, headers: init.headers, duplex: 'half' } as ConstructorParameters<typeof NextRequest>[1]);

describe('request body cap', () => {
  it('is one 20 MB file plus 1 MB of fields, and next.config.js says the same', async () => {
    expect(MAX_REQUEST_BYTES).toBe(MAX_UPLOAD_BYTES + 1024 * 1024);
    const nextConfig: unknown = (await import(pathToFileURL(path.resolve('next.config.js')).href)).default;
    const experimental = (nextConfig as { experimental: { serverActions: { bodySizeLimit: string }; proxyClientMaxBodySize: string } }).experimental;
    const mb = (s: string) => Number(/^(\d+)mb$/.exec(s)![1]) * 1024 * 1024;
    expect(mb(experimental.serverActions.bodySizeLimit)).toBe(MAX_REQUEST_BYTES);
    // The proxy must see past the cap to notice an oversized chunked body.
    expect(mb(experimental.proxyClientMaxBodySize)).toBeGreaterThan(MAX_REQUEST_BYTES);
  });

  it.each([
    ['123', 123],
    [' 20 ', 20],
    [null, null],
    ['', null],
    ['-5', null],
    ['12abc', null],
  ])('Content-Length %j -> %j', (header, expected) => {
    expect(declaredLength(header)).toBe(expected);
  });
});

describe('proxy', () => {
  it('refuses a 200 MB Content-Length with 413 and the Indonesian message, before reading the body', async () => {
    const res = await proxy(post('/pencatatan/baru', { body: 'x', headers: { ...SESSION, 'content-length': String(200 * 1024 * 1024), 'next-action': 'abc' } }));
    expect(res.status).toBe(413);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect(await res.text()).toBe(TOO_LARGE);
  });

  it('refuses an oversized chunked body (no Content-Length) by counting it, also on a public path', async () => {
    for (const pathname of ['/surat-masuk/x', '/api/verifikasi']) {
      const res = await proxy(post(pathname, { body: zeros(MAX_REQUEST_BYTES + 1), headers: { ...SESSION, 'next-action': 'abc' } }));
      expect(res.status).toBe(413);
      expect(await res.text()).toBe(TOO_LARGE);
    }
  });

  it('answers the upload routes in the JSON their clients read, and a page form post in plain text', async () => {
    const big = { ...SESSION, 'content-length': String(30 * 1024 * 1024) };
    const route = await proxy(post('/konsep/x/lampiran', { body: 'x', headers: big }));
    expect(route.status).toBe(413);
    expect(await route.json()).toEqual({ ok: false, message: TOO_LARGE });
    const page = await proxy(post('/pencatatan/baru', { body: 'x', headers: { ...big, accept: 'text/html,application/xhtml+xml' } }));
    expect(page.headers.get('content-type')).toBe('text/plain');
    expect(await page.text()).toBe(TOO_LARGE);
  });

  it('lets a body at the cap through, and still sends people without a session to sign in', async () => {
    const atCap = await proxy(post('/pencatatan/baru', { body: zeros(MAX_REQUEST_BYTES), headers: SESSION }));
    expect(atCap.headers.get('x-middleware-next')).toBe('1');
    const declared = await proxy(post('/pencatatan/baru', { body: 'x', headers: { ...SESSION, 'content-length': String(MAX_REQUEST_BYTES) } }));
    expect(declared.headers.get('x-middleware-next')).toBe('1');
    const anonymous = await proxy(new NextRequest('http://127.0.0.1/surat-masuk'));
    expect(anonymous.status).toBe(307);
    expect(new URL(anonymous.headers.get('location')!).pathname).toBe('/masuk');
    // ...and back to the page afterwards; a client navigation's _rsc key is not part of it.
    expect(new URL(anonymous.headers.get('location')!).searchParams.get('kembali')).toBe('/surat-masuk');
    const rsc = await proxy(new NextRequest('http://127.0.0.1/cari?q=a&_rsc=x1'));
    expect(new URL(rsc.headers.get('location')!).searchParams.get('kembali')).toBe('/cari?q=a');
    const home = await proxy(new NextRequest('http://127.0.0.1/'));
    expect(new URL(home.headers.get('location')!).search).toBe('');
    for (const open of ['/masuk', '/verifikasi/abc123', '/api/pki/crl', '/unduh/x']) {
      expect((await proxy(new NextRequest(`http://127.0.0.1${open}`))).headers.get('x-middleware-next')).toBe('1');
    }
  });
});

describe('requestFailureState', () => {
  it.each([
    [new Error(TOO_LARGE), TOO_LARGE],
    [new Error('An unexpected response was received from the server.'), REQUEST_FAILED_MESSAGE],
    [new TypeError('Failed to fetch'), REQUEST_FAILED_MESSAGE],
    ['not even an error', REQUEST_FAILED_MESSAGE],
  ])('%s -> %j', (error, message) => {
    expect(requestFailureState(error)).toEqual({ ok: false, message });
  });

  it('lets a redirect from the action through to the router', async () => {
    let thrown: unknown;
    try {
      redirect('/pencatatan?agenda=1');
    } catch (error) {
      thrown = error;
    }
    const action = withRequestFailure<[FormData]>(async () => {
      throw thrown;
    });
    await expect(action({ ok: false, message: null }, new FormData())).rejects.toBe(thrown);
    const ok = withRequestFailure<[FormData]>(async () => ({ ok: true, message: 'Tersimpan.' }));
    expect(await ok({ ok: false, message: null }, new FormData())).toEqual({ ok: true, message: 'Tersimpan.' });
  });
});
