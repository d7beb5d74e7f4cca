import { createRequire } from 'node:module';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The preload every `next start` worker runs (scripts/lib/launch.ts): what Node's HTTP parser
// refuses before Next sees it was an empty 400 or 431.
const require = createRequire(import.meta.url);

let server: http.Server;
let port: number;

beforeAll(async () => {
  require('../../../scripts/lib/answer-client-errors.cjs');
  server = http.createServer((_request, response) => response.end('ok'));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

/** Sends raw bytes and reads the whole answer (the server closes the connection). */
function raw(request: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.end(request));
    let answer = '';
    socket.on('data', (chunk) => (answer += chunk.toString('utf8')));
    socket.on('close', () => resolve(answer));
    socket.on('error', reject);
  });
}

describe('answer-client-errors preload', () => {
  it('answers headers over Node\'s limit 431 in Indonesian', async () => {
    const answer = await raw(`GET /surat-masuk HTTP/1.1\r\nHost: x\r\nCookie: a=${'x'.repeat(20_000)}\r\n\r\n`);
    expect(answer).toMatch(/^HTTP\/1\.1 431 /);
    expect(answer).toContain('Content-Type: text/plain; charset=utf-8');
    expect(answer.endsWith('Header permintaan terlalu besar.')).toBe(true);
  });

  it('answers a malformed request (a NUL in a header, request smuggling\'s bare CR) 400 in Indonesian', async () => {
    for (const request of ['GET / HTTP/1.1\r\nHost: x\r\nX-A: a\u0000b\r\n\r\n', 'GET / HTTP/1.1\r\nHost: x\r\nX-A: a\rb\r\n\r\n', 'BUKAN HTTP\r\n\r\n']) {
      const answer = await raw(request);
      expect(answer, JSON.stringify(request)).toMatch(/^HTTP\/1\.1 400 /);
      expect(answer.endsWith('Permintaan tidak dikenali.')).toBe(true);
    }
  });

  it('leaves ordinary requests alone', async () => {
    expect(await raw('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/^HTTP\/1\.1 200 [\s\S]*ok$/);
  });
});
