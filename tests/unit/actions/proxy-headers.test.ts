import { NextRequest } from 'next/server';
import { afterEach, describe, expect, it } from 'vitest';
import { METHOD_NOT_ALLOWED_MESSAGE, proxy } from '@/proxy';
import { UNKNOWN_ACTION_MESSAGE } from '@/lib/actions/known-actions';
import { FOREIGN_ORIGIN_MESSAGE, INVALID_BODY_MESSAGE } from '@/lib/actions/error-status';
import { isForeignOrigin } from '@/lib/actions/same-origin';

const SESSION = { cookie: 'authjs.session-token=abc' };
/** Well formed as Next makes them (42 hex characters); the unit run has no build to look it up in. */
const ACTION_ID = '7f'.repeat(21);
const request = (pathname: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new NextRequest(`http://127.0.0.1:3000${pathname}`, { method: init.method ?? 'GET', headers: { ...SESSION, ...init.headers }, body: init.body });

const authUrl = process.env.AUTH_URL;
afterEach(() => {
  if (authUrl === undefined) delete process.env.AUTH_URL;
  else process.env.AUTH_URL = authUrl;
});

describe('proxy: page headers', () => {
  it('gives every page a CSP with a fresh nonce, on the answer and on the request Next renders', async () => {
    const first = await proxy(request('/surat-masuk'));
    const second = await proxy(request('/surat-masuk'));
    const csp = first.headers.get('content-security-policy')!;
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "base-uri 'self'", "worker-src 'self' blob:", "manifest-src 'self'"]) expect(csp).toContain(directive);
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(second.headers.get('content-security-policy')).not.toBe(csp);
    // NextResponse.next({ request: { headers } }) passes overridden request headers this way.
    expect(first.headers.get('x-middleware-request-content-security-policy')).toBe(csp);
    expect(first.headers.get('strict-transport-security')).toBeNull();
  });

  it('names the page asked for on the request, over whatever the client wrote there (requireActor sends people back to it)', async () => {
    const asked = await proxy(request('/surat-masuk/x?tab=riwayat&_rsc=9', { headers: { 'x-eoffice-halaman': '//evil.example' } }));
    expect(asked.headers.get('x-middleware-request-x-eoffice-halaman')).toBe('/surat-masuk/x?tab=riwayat');
    const home = await proxy(request('/', { headers: { 'x-eoffice-halaman': '/admin' } }));
    expect(home.headers.get('x-middleware-request-x-eoffice-halaman')).toBe('');
  });

  it('says on the request how fresh its reads must be, over whatever the client wrote there (read replicas)', async () => {
    const read = (answer: Response) => answer.headers.get('x-middleware-request-x-eoffice-read');
    expect(read(await proxy(request('/surat-masuk', { headers: { 'x-eoffice-read': 'since:0' } })))).toBe('since:0');
    const afterWrite = await proxy(request('/surat-masuk', { headers: { cookie: `${SESSION.cookie}; eoffice-tulis=1796431965619`, 'x-eoffice-read': 'since:0' } }));
    expect(read(afterWrite)).toBe('since:1796431965619');
    // A state-changing request reads only the primary, whatever it claims.
    const action = await proxy(request('/surat-masuk', { method: 'POST', headers: { 'next-action': ACTION_ID, 'content-type': 'text/plain', 'x-eoffice-read': 'since:0' }, body: '[]' }));
    expect(read(action)).toBe('primary');
    const upload = await proxy(request('/api/berkas', { method: 'POST', headers: { 'sec-fetch-site': 'same-origin', 'x-eoffice-read': 'since:0' }, body: 'x' }));
    expect(read(upload)).toBe('primary');
    // A made-up cookie value is no time at all: any current replica will do.
    expect(read(await proxy(request('/surat-masuk', { headers: { cookie: `${SESSION.cookie}; eoffice-tulis=besok` } })))).toBe('since:0');
  });

  it("opening a letter (its page marks it read as it renders) counts as a write, where replicas are configured", async () => {
    const letter = '/surat-masuk/0195b1a0-0000-7000-8000-000000000001';
    expect((await proxy(request(letter))).cookies.get('eoffice-tulis')).toBeUndefined();
    process.env.DATABASE_REPLICA_URL = 'postgresql://replika:5432/eoffice';
    try {
      const before = Date.now();
      const opened = (await proxy(request(letter))).cookies.get('eoffice-tulis');
      expect(Number(opened?.value)).toBeGreaterThanOrEqual(before + 1_500);
      expect(opened).toMatchObject({ httpOnly: true, sameSite: 'lax', path: '/' });
      expect((await proxy(request('/surat-masuk'))).cookies.get('eoffice-tulis')).toBeUndefined();
    } finally {
      delete process.env.DATABASE_REPLICA_URL;
    }
  });

  it('leaves file and JSON routes their own headers (a scan is framed by its letter page)', async () => {
    for (const pathname of ['/berkas/0196f3a0-0000-7000-8000-000000000001', '/pdfjs/worker', '/konsep/x/pratinjau', '/konsep/x/lampiran', '/surat-masuk/x/lembar-disposisi', '/api/verifikasi']) {
      expect((await proxy(request(pathname))).headers.get('content-security-policy'), pathname).toBeNull();
    }
  });

  it('adds HSTS and upgrade-insecure-requests when AUTH_URL is https', async () => {
    process.env.AUTH_URL = 'https://eoffice.nusaindahprov.go.id';
    const page = await proxy(request('/'));
    expect(page.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
    expect(page.headers.get('content-security-policy')).toContain('upgrade-insecure-requests');
    expect((await proxy(request('/berkas/x'))).headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains');
  });
});

describe('proxy: a server action from another site', () => {
  it('is refused with 403 and the Indonesian message before Next sees it', async () => {
    const response = await proxy(request('/surat-masuk', { method: 'POST', headers: { 'next-action': 'abc', origin: 'https://evil.example' } }));
    expect(response.status).toBe(403);
    expect(await response.text()).toBe(FOREIGN_ORIGIN_MESSAGE);
  });

  it('from the app itself passes (fetch metadata, or Origin matching the Host of an older browser)', async () => {
    expect((await proxy(request('/surat-masuk', { method: 'POST', headers: { 'next-action': ACTION_ID, 'sec-fetch-site': 'same-origin' }, body: '[]' }))).status).toBe(200);
    expect((await proxy(request('/surat-masuk', { method: 'POST', headers: { 'next-action': ACTION_ID, origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000' }, body: '[]' }))).status).toBe(200);
  });

  it('a forged Origin does not outweigh cross-site fetch metadata', async () => {
    const response = await proxy(request('/surat-masuk', { method: 'POST', headers: { 'next-action': 'abc', origin: 'http://127.0.0.1:3000', host: '127.0.0.1:3000', 'sec-fetch-site': 'cross-site' } }));
    expect(response.status).toBe(403);
  });
});

describe('isForeignOrigin', () => {
  const req = (headers: Record<string, string>) => ({ url: 'http://10.0.0.5:3000/x', headers: new Headers(headers) });
  it('accepts the public address behind a reverse proxy (forwarded host, or AUTH_URL)', () => {
    expect(isForeignOrigin(req({ origin: 'https://eoffice.go.id', 'x-forwarded-host': 'eoffice.go.id', 'x-forwarded-proto': 'https' }))).toBe(false);
    process.env.AUTH_URL = 'https://surat.go.id/';
    expect(isForeignOrigin(req({ origin: 'https://surat.go.id' }))).toBe(false);
  });
  it('refuses look-alikes, the opaque "null" origin and cross-site fetch metadata', () => {
    expect(isForeignOrigin(req({ origin: 'http://10.0.0.5:3000.evil.example' }))).toBe(true);
    expect(isForeignOrigin(req({ origin: 'http://10.0.0.5:3001' }))).toBe(true);
    expect(isForeignOrigin(req({ origin: 'null' }))).toBe(true);
    expect(isForeignOrigin(req({ 'sec-fetch-site': 'cross-site' }))).toBe(true);
    expect(isForeignOrigin(req({ 'sec-fetch-site': 'same-site', origin: 'https://lain.go.id' }))).toBe(true);
    expect(isForeignOrigin(req({ 'sec-fetch-site': 'same-origin' }))).toBe(false);
    expect(isForeignOrigin(req({}))).toBe(false);
  });
});

describe('proxy: methods a page has no use for', () => {
  it('answers OPTIONS, PUT, DELETE and PROPFIND on a page 405 in Indonesian, signed in or not', async () => {
    for (const method of ['OPTIONS', 'PUT', 'DELETE', 'PATCH', 'PROPFIND']) {
      const signedInOrNot: Record<string, string>[] = [{}, SESSION];
      for (const headers of signedInOrNot) {
        const answer = await proxy(new NextRequest('http://127.0.0.1:3000/surat-masuk', { method, headers }));
        expect(answer.status, method).toBe(405);
        expect(answer.headers.get('allow')).toBe('GET, HEAD, POST');
        expect(await answer.text()).toBe(METHOD_NOT_ALLOWED_MESSAGE);
      }
    }
  });

  it('leaves route handlers HTTP\'s methods (Next answers undeclared ones 405 itself) and refuses the rest', async () => {
    for (const pathname of ['/api/push/langganan', '/konsep/x/lampiran', '/berkas/x']) {
      expect((await proxy(request(pathname, { method: 'DELETE' }))).status, pathname).not.toBe(405);
      const webdav = await proxy(request(pathname, { method: 'PROPFIND' }));
      expect(webdav.status, pathname).toBe(405);
      expect(await webdav.text()).toBe(METHOD_NOT_ALLOWED_MESSAGE);
    }
  });
});

describe('proxy: a state-changing request from another site, signed in or not', () => {
  it('is 403 for a route handler in its JSON shape, before the sign-in redirect', async () => {
    for (const [method, pathname] of [['POST', '/api/luring'], ['DELETE', '/api/push/langganan'], ['POST', '/konsep/x/lampiran']]) {
      const attacks: Record<string, string>[] = [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }];
      for (const headers of attacks) {
        const answer = await proxy(new NextRequest(`http://127.0.0.1:3000${pathname}`, { method, headers }));
        expect(answer.status, `${method} ${pathname}`).toBe(403);
        expect(await answer.json()).toEqual({ ok: false, message: FOREIGN_ORIGIN_MESSAGE });
      }
    }
  });

  it('is 403 in plain text for a form posted to a page without a server action id', async () => {
    const answer = await proxy(request('/surat-masuk', { method: 'POST', headers: { 'sec-fetch-site': 'cross-site' } }));
    expect(answer.status).toBe(403);
    expect(await answer.text()).toBe(FOREIGN_ORIGIN_MESSAGE);
  });

  it('a GET from another site (a link) still passes', async () => {
    expect((await proxy(request('/surat-masuk', { headers: { 'sec-fetch-site': 'cross-site' } }))).status).toBe(200);
  });
});

describe('proxy: a server action id this build does not know', () => {
  it('a body React cannot decode, with a well-formed id, is 400 in Indonesian (Next answered 500)', async () => {
    for (const data of ['bukan json', '{"a":', '{}', '"x"', '["$@99"]']) {
      const answer = await proxy(new NextRequest('http://127.0.0.1:3000/', { method: 'POST', headers: { ...SESSION, 'next-action': ACTION_ID, 'sec-fetch-site': 'same-origin', 'content-type': 'text/plain;charset=UTF-8' }, body: data }));
      expect(answer.status, data).toBe(400);
      expect(await answer.text()).toBe(INVALID_BODY_MESSAGE);
    }
    const readable = await proxy(new NextRequest('http://127.0.0.1:3000/', { method: 'POST', headers: { ...SESSION, 'next-action': ACTION_ID, 'sec-fetch-site': 'same-origin', 'content-type': 'text/plain;charset=UTF-8' }, body: '[]' }));
    expect(readable.status).toBe(200);
  });

  it('a malformed Next-Action id from the app itself is 400 in Indonesian plain text (the shape the action client shows)', async () => {
    for (const id of ['abc', '', '7f'.repeat(21).toUpperCase() + 'x', "' OR '1'='1", '../../etc/passwd', '7f'.repeat(500)]) {
      const answer = await proxy(request('/surat-masuk', { method: 'POST', headers: { 'next-action': id, 'sec-fetch-site': 'same-origin', 'content-type': 'text/plain;charset=UTF-8' } }));
      expect(answer.status, id).toBe(400);
      expect(answer.headers.get('content-type')).toBe('text/plain');
      expect(await answer.text()).toBe(UNKNOWN_ACTION_MESSAGE);
    }
  });

  it('an old-style form post naming a malformed action is refused the same way; one naming none is refused in Indonesian before Next (which logged an error for each)', async () => {
    const form = new FormData();
    form.set('$ACTION_ID_bukan-aksi', '');
    const forged = await proxy(new NextRequest('http://127.0.0.1:3000/surat-masuk', { method: 'POST', headers: SESSION, body: form }));
    expect(forged.status).toBe(400);
    expect(await forged.text()).toBe(UNKNOWN_ACTION_MESSAGE);
    const bound = new FormData();
    bound.set('$ACTION_REF_1', '');
    bound.set('$ACTION_1:0', '{"id":"bukan-aksi","bound":"$@1"}');
    expect((await proxy(new NextRequest('http://127.0.0.1:3000/surat-masuk', { method: 'POST', headers: SESSION, body: bound }))).status).toBe(400);
    const plain = new FormData();
    plain.set('perihal', 'Undangan');
    plain.set('berkas', new Blob(['%PDF-1.4']), 'a.pdf');
    for (const path of ['/surat-masuk', '/masuk']) {
      const answer = await proxy(new NextRequest(`http://127.0.0.1:3000${path}`, { method: 'POST', headers: SESSION, body: plain }));
      expect(answer.status, path).toBe(400);
      expect(await answer.text()).toBe(INVALID_BODY_MESSAGE);
    }
    // A route handler takes its own forms.
    expect((await proxy(new NextRequest('http://127.0.0.1:3000/konsep/0193e0c2-7b8a-7000-8000-000000000001/lampiran', { method: 'POST', headers: SESSION, body: plain }))).status).toBe(200);
  });
});

describe('proxy: the client address', () => {
  afterEach(() => {
    delete process.env.TRUSTED_PROXY_HOPS;
  });

  it('with no trusted proxy, drops an X-Forwarded-For the client wrote, so Next fills it from the socket', async () => {
    for (const pathname of ['/masuk', '/verifikasi/ABCD1234', '/api/verifikasi']) {
      const answer = await proxy(new NextRequest(`http://127.0.0.1:3000${pathname}`, { headers: { 'x-forwarded-for': '198.51.100.7', 'x-forwarded-proto': 'http' } }));
      // Next replaces the request's headers with the overridden set, so a name missing from it is deleted.
      const handedOn = answer.headers.get('x-middleware-override-headers')?.split(',');
      expect(handedOn, pathname).toContain('x-forwarded-proto');
      expect(handedOn, pathname).not.toContain('x-forwarded-for');
      expect(answer.headers.get('x-middleware-request-x-forwarded-for'), pathname).toBeNull();
    }
  });

  it('behind a trusted proxy, hands the chain on for clientAddress to count from the right', async () => {
    process.env.TRUSTED_PROXY_HOPS = '1';
    const answer = await proxy(new NextRequest('http://127.0.0.1:3000/masuk', { headers: { 'x-forwarded-for': '6.6.6.6, 203.0.113.9' } }));
    expect(answer.headers.get('x-middleware-request-x-forwarded-for')).toBe('6.6.6.6, 203.0.113.9');
  });
});
