import { createRequire } from 'node:module';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The preload every `next start` worker runs (scripts/lib/launch.ts). Without it a path with a
// %-escape that is not UTF-8 was a 500 on every page, /verifikasi included (Next's
// decodeURIComponent threw before any of the app's code ran), `GET *` a 500, and an absolute-form
// target a redirect to whatever host it named.
const require = createRequire(import.meta.url);

let server: http.Server;
let port: number;
const seen: string[] = [];
let malformedPath: (url: unknown) => boolean;
let originForm: (url: unknown) => unknown;

beforeAll(async () => {
  ({ malformedPath, originForm } = require('../../../scripts/lib/check-request-target.cjs'));
  server = http.createServer((request, response) => {
    seen.push(request.url!);
    response.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(path: string, method = 'GET'): Promise<{ status: number; body: string; type?: string; allow?: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method, path }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body, type: response.headers['content-type'], ...(response.headers.allow && { allow: response.headers.allow }) }));
    });
    request.on('error', reject);
    request.end();
  });
}

// A lone "%", a non-hex escape, a cut three-byte sequence, the overlong "/" of the IIS Unicode
// traversal (CVE-2000-0884), a lone UTF-16 surrogate, a code point past U+10FFFF, a bare 0xFF.
const MALFORMED = ['/verifikasi/%', '/surat-masuk/%ZZ', '/surat-masuk/%E2%82', '/%C0%AF', '/surat-masuk/%ED%A0%80', '/surat-masuk/%F4%90%80%80', '/cari/%FF', '/_next/static/%C0%AF'];

describe('check-request-target preload', () => {
  it('answers a path with bad %-escapes 400 in Indonesian without reaching the app', async () => {
    for (const path of MALFORMED) {
      expect(await send(path), path).toEqual({ status: 400, body: 'Alamat halaman tidak valid: periksa kembali alamat yang dibuka.', type: 'text/plain; charset=utf-8' });
      expect((await send(path, 'HEAD')).status, `HEAD ${path}`).toBe(400);
      expect((await send(path, 'POST')).status, `POST ${path}`).toBe(400);
    }
    expect(seen).toEqual([]);
  });

  it('lets through paths whose escapes are UTF-8, and any query string', async () => {
    const fine = ['/surat-masuk', '/surat-masuk/%E2%80%AE', '/verifikasi/a%20b', '/cari?q=%E0%A4%A', '/cari?q=%', '/berkas/x%2F..%2Fy', '/%EF%BF%BF', '/surat-masuk#%ZZ'];
    for (const path of fine) expect((await send(path)).status, path).toBe(200);
    expect(seen).toEqual(fine);
  });

  it('answers OPTIONS * with the allowed methods and any other method on * with 400, without reaching the app', async () => {
    expect(await send('*', 'OPTIONS')).toEqual({ status: 204, body: '', type: 'text/plain; charset=utf-8', allow: 'GET, HEAD, POST' });
    expect(await send('*')).toEqual({ status: 400, body: 'Permintaan tidak dikenali.', type: 'text/plain; charset=utf-8' });
    expect(seen).not.toContain('*');
  });

  it('serves an absolute-form target as its path and query, whatever host it names', async () => {
    seen.length = 0;
    for (const target of ['http://evil.example/surat-masuk?a=1', 'HTTPS://127.0.0.1:3000/cari', 'http://evil.example', 'http://evil.example?x=1']) expect((await send(target)).status, target).toBe(200);
    expect(seen).toEqual(['/surat-masuk?a=1', '/cari', '/', '/?x=1']);
    expect((await send('http://evil.example/%C0%AF')).status).toBe(400);
    expect(originForm('/a/http://b')).toBe('/a/http://b');
  });

  it('answers an HTTP/1.1 request without Host 400 in Indonesian (Node answered an empty 400), and lets HTTP/1.0 without one through', async () => {
    const net = await import('node:net');
    const send = (head: string) =>
      new Promise<string>((resolve, reject) => {
        const socket = net.connect(port, '127.0.0.1', () => socket.write(`${head}\r\n\r\n`));
        let answer = '';
        socket.on('data', (chunk) => (answer += chunk));
        socket.on('close', () => resolve(answer));
        socket.on('error', reject);
      });
    const noHost = await send('GET /surat-masuk HTTP/1.1\r\nConnection: close');
    expect(noHost.split('\r\n', 1)[0]).toBe('HTTP/1.1 400 Bad Request');
    expect(noHost.endsWith('Permintaan tidak dikenali.')).toBe(true);
    expect((await send('GET /beranda HTTP/1.0')).split('\r\n', 1)[0]).toBe('HTTP/1.1 200 OK');
    expect(seen.at(-1)).toBe('/beranda');
  });

  it('reads only the path of the request-target', () => {
    expect(malformedPath('/a?b=%')).toBe(false);
    expect(malformedPath('/a%?b')).toBe(true);
    expect(malformedPath('http://host/%C0%AF')).toBe(true);
    expect(malformedPath(undefined)).toBe(false);
  });
});
