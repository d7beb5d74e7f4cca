import { createRequire } from 'node:module';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The preload every `next start` worker runs (scripts/lib/launch.ts). Without it Next answered
// TRACE with a 500 on every path (undici's Request refuses the method before the app's code runs).
const require = createRequire(import.meta.url);

let server: http.Server;
let port: number;
const seen: string[] = [];

beforeAll(async () => {
  require('../../../scripts/lib/refuse-unsupported-methods.cjs');
  server = http.createServer((request, response) => {
    seen.push(request.method!);
    response.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function send(method: string): Promise<{ status: number; body: string; allow?: string }> {
  return new Promise((resolve, reject) => {
    const request = http.request({ host: '127.0.0.1', port, method, path: '/surat-masuk' }, (response) => {
      let body = '';
      response.on('data', (chunk) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode!, body, allow: response.headers.allow }));
    });
    request.on('error', reject);
    request.end();
  });
}

describe('refuse-unsupported-methods preload', () => {
  it('answers TRACE 405 in Indonesian without reaching the app', async () => {
    const answer = await send('TRACE');
    expect(answer).toEqual({ status: 405, body: 'Metode permintaan ini tidak didukung.', allow: 'GET, HEAD, POST' });
    expect(seen).not.toContain('TRACE');
  });

  it('lets every other method through to the app', async () => {
    for (const method of ['GET', 'POST', 'OPTIONS', 'PUT', 'DELETE']) expect((await send(method)).status, method).toBe(200);
    expect(seen).toEqual(['GET', 'POST', 'OPTIONS', 'PUT', 'DELETE']);
  });
});
