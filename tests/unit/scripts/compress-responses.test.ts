import { createRequire } from 'node:module';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

// The preload every `next start` worker runs (scripts/lib/launch.ts) in place of Next's own
// compression: it gathers an answer and deflates it once, or streams it when the answer is slow or
// large. Here against a plain Node server whose handlers write the way Next does (flushHeaders, then
// chunks, then end), over one keep-alive connection, so a byte too many or too few breaks the next answer.
const require = createRequire(import.meta.url);
// The zlib module object the preload calls (an ESM import is a wrapper of it).
const zlib = require('node:zlib') as typeof import('node:zlib');
const { acceptsGzip } = require('../../../scripts/lib/compress-responses.cjs') as { acceptsGzip(header: string | undefined): boolean };

const html = (n: number) => `<p>${'Surat undangan rapat koordinasi. '.repeat(n)}</p>`;
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

const HANDLERS: Record<string, (req: http.IncomingMessage, res: http.ServerResponse) => void | Promise<void>> = {
  // Next's way: headers flushed ahead of the first chunk, then a few chunks, then end.
  '/halaman': (_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.setHeader('Vary', 'rsc');
    res.flushHeaders();
    res.write(html(100));
    res.write(Buffer.from(html(200)));
    res.end(html(50));
  },
  '/kecil': (_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.end('<p>ok</p>');
  },
  '/tanpa-isi': (_req, res) => {
    res.writeHead(307, { Location: '/halaman', 'Content-Length': '0' });
    res.end();
  },
  '/tidak-berubah': (_req, res) => {
    res.writeHead(304, { ETag: '"a"' });
    res.end();
  },
  '/pdf': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/pdf' });
    res.end(Buffer.from(html(100)));
  },
  '/sudah-dikodekan': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'text/plain', 'Content-Encoding': 'br' });
    res.end(html(100));
  },
  '/no-transform': (_req, res) => {
    res.writeHead(200, { 'Content-Type': 'application/json', 'Cache-Control': 'private, no-transform' });
    res.end(JSON.stringify({ isi: html(100) }));
  },
  '/json-status': (_req, res) => {
    res.writeHead(422, 'Unprocessable', [['Content-Type', 'application/json'], ['X-Alasan', 'isian']]);
    res.end(JSON.stringify({ pesan: html(100) }));
  },
  '/dua-cookie': (_req, res) => {
    res.setHeader('Set-Cookie', 'lama=0');
    res.writeHead(200, ['Content-Type', 'text/html', 'Set-Cookie', 'a=1; Path=/', 'Set-Cookie', 'b=2; Path=/']);
    res.end(html(100));
  },
  // Slower than STREAM_AFTER_MS between chunks: the first part reaches the client before the rest is written.
  '/mengalir': async (_req, res) => {
    res.setHeader('Content-Type', 'text/x-component');
    res.flushHeaders();
    res.write(html(100));
    await wait(1000);
    res.write(html(100));
    res.end();
  },
  // The client leaves while the answer is gathered, before it would stream: the server carries on.
  '/ditinggalkan': async (_req, res) => {
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    res.write(html(100));
    await wait(150);
    res.write(html(100));
    res.end();
    ditinggalkanSelesai();
  },
  // Larger than BUFFER_LIMIT: streamed, with back-pressure honoured.
  '/besar': async (_req, res) => {
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    const row = `${'x'.repeat(60)},${Math.random()}\n`.repeat(1000);
    for (let i = 0; i < 20; i++) {
      if (!res.write(row)) await new Promise((r) => res.once('drain', r));
    }
    res.end();
  },
};

let ditinggalkanSelesai: () => void = () => {};

let server: http.Server;
let port: number;
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

beforeAll(async () => {
  require('../../../scripts/lib/compress-responses.cjs');
  server = http.createServer((req, res) => void HANDLERS[req.url!]!(req, res));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => {
  agent.destroy();
  return new Promise<void>((resolve) => server.close(() => resolve()));
});

interface Answer {
  status: number;
  headers: http.IncomingHttpHeaders;
  raw: Buffer;
  body: string;
  /** Milliseconds from the request to the first body byte. */
  firstByteMs: number;
}

function get(path: string, headers: Record<string, string> = { 'accept-encoding': 'gzip, deflate, br' }, method = 'GET'): Promise<Answer> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path, method, headers, agent }, (res) => {
      const chunks: Buffer[] = [];
      let firstByteMs = -1;
      res.on('data', (c: Buffer) => {
        if (firstByteMs < 0) firstByteMs = performance.now() - started;
        chunks.push(c);
      });
      res.on('end', () => {
        const raw = Buffer.concat(chunks);
        const body = (res.headers['content-encoding'] === 'gzip' ? gunzipSync(raw) : raw).toString('utf8');
        resolve({ status: res.statusCode!, headers: res.headers, raw, body, firstByteMs });
      });
    });
    req.on('error', reject);
    req.end();
  });
}

describe('compress-responses preload', () => {
  it('gzips a page written in chunks into one answer of the right length, Vary extended', async () => {
    const a = await get('/halaman');
    expect(a.status).toBe(200);
    expect(a.headers['content-encoding']).toBe('gzip');
    expect(a.body).toBe(html(100) + html(200) + html(50));
    expect(Number(a.headers['content-length'])).toBe(a.raw.length);
    expect(a.raw.length).toBeLessThan(a.body.length / 10);
    expect(a.headers.vary).toBe('rsc, Accept-Encoding');
    expect(a.headers['transfer-encoding']).toBeUndefined();
  });

  it('keeps one keep-alive connection in step across every kind of answer', async () => {
    for (const path of ['/halaman', '/tanpa-isi', '/kecil', '/tidak-berubah', '/mengalir', '/pdf', '/halaman', '/besar', '/json-status', '/halaman']) {
      const a = await get(path);
      expect(a.status, path).toBeGreaterThanOrEqual(200);
    }
    expect((await get('/halaman')).body).toBe(html(100) + html(200) + html(50));
  });

  it('leaves answers alone when the client does not take gzip', async () => {
    for (const encoding of ['identity', 'gzip;q=0, deflate', 'br', '*;q=0', '']) {
      const a = await get('/halaman', { 'accept-encoding': encoding });
      expect(a.headers['content-encoding'], encoding).toBeUndefined();
      expect(a.body).toBe(html(100) + html(200) + html(50));
    }
    const plain = await get('/halaman', {});
    expect(plain.headers['content-encoding']).toBeUndefined();
  });

  it('answers HEAD without a body and without compressing', async () => {
    const a = await get('/halaman', { 'accept-encoding': 'gzip' }, 'HEAD');
    expect(a.status).toBe(200);
    expect(a.headers['content-encoding']).toBeUndefined();
    expect(a.raw.length).toBe(0);
  });

  it('does not compress small, bodiless, binary, already encoded or no-transform answers', async () => {
    const kecil = await get('/kecil');
    expect(kecil.headers['content-encoding']).toBeUndefined();
    expect(kecil.body).toBe('<p>ok</p>');

    const redirect = await get('/tanpa-isi');
    expect(redirect).toMatchObject({ status: 307, body: '' });
    expect(redirect.headers.location).toBe('/halaman');

    const notModified = await get('/tidak-berubah');
    expect(notModified.status).toBe(304);
    expect(notModified.headers.etag).toBe('"a"');

    const pdf = await get('/pdf');
    expect(pdf.headers['content-encoding']).toBeUndefined();
    expect(pdf.body).toBe(html(100));

    const br = await get('/sudah-dikodekan');
    expect(br.headers['content-encoding']).toBe('br');
    expect(br.raw.toString()).toBe(html(100));

    const noTransform = await get('/no-transform');
    expect(noTransform.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(noTransform.body).isi).toBe(html(100));
  });

  it('keeps the status, reason and headers given to writeHead', async () => {
    const a = await get('/json-status');
    expect(a.status).toBe(422);
    expect(a.headers['x-alasan']).toBe('isian');
    expect(a.headers['content-encoding']).toBe('gzip');
    expect(JSON.parse(a.body).pesan).toBe(html(100));
    const cookies = await get('/dua-cookie');
    expect(cookies.headers['set-cookie']).toEqual(['a=1; Path=/', 'b=2; Path=/']);
    expect(cookies.headers['content-encoding']).toBe('gzip');
    expect(cookies.body).toBe(html(100));
  });

  it('streams a slow answer: its first part arrives before the rest is written', async () => {
    const a = await get('/mengalir');
    expect(a.headers['content-encoding']).toBe('gzip');
    expect(a.headers['content-length']).toBeUndefined();
    expect(a.body).toBe(html(100) + html(100));
    expect(a.firstByteMs).toBeLessThan(700);
  });

  it('streams an answer larger than it gathers, whole', async () => {
    const a = await get('/besar');
    expect(a.headers['content-encoding']).toBe('gzip');
    expect(a.headers['transfer-encoding']).toBe('chunked');
    expect(a.body.split('\n').length).toBe(20 * 1000 + 1);
  });

  it('carries on quietly when the client leaves while its answer is gathered', async () => {
    const selesai = new Promise<void>((resolve) => (ditinggalkanSelesai = resolve));
    const uncaught: unknown[] = [];
    const onUncaught = (error: unknown) => uncaught.push(error);
    process.on('uncaughtException', onUncaught);
    const createGzip = vi.spyOn(zlib, 'createGzip');
    let gzipStreams = -1;
    try {
      const req = http.request({ host: '127.0.0.1', port, path: '/ditinggalkan', headers: { 'accept-encoding': 'gzip' } });
      req.on('error', () => {});
      req.end();
      await wait(20);
      req.destroy();
      await selesai;
      await wait(100);
      gzipStreams = createGzip.mock.calls.length;
    } finally {
      process.off('uncaughtException', onUncaught);
      createGzip.mockRestore();
    }
    expect(uncaught).toEqual([]);
    // Past STREAM_AFTER_MS with nobody to stream to: no zlib stream (and its memory) was started.
    expect(gzipStreams).toBe(0);
    expect((await get('/halaman')).body).toBe(html(100) + html(200) + html(50));
  });

  it('reads Accept-Encoding as RFC 9110 does', () => {
    expect(acceptsGzip('gzip')).toBe(true);
    expect(acceptsGzip('deflate, GZIP;q=0.5')).toBe(true);
    expect(acceptsGzip('x-gzip')).toBe(true);
    expect(acceptsGzip('*')).toBe(true);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip('gzip;q=0.000, *')).toBe(false);
    expect(acceptsGzip('br, deflate')).toBe(false);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });
});
