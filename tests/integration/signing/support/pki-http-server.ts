// The mock CA's public endpoints (OCSP, both CRLs, issuer certificate, TSA) on a local port, so
// pdfsig (NSS) and the BSrE adapter reach them at the addresses in the certificates, the way a
// real verifier or a remote signer's client does. Another CA directory (a second authority, such as
// BSrE's TSA) and a moved clock (answers as they would be given then) are options.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadCa } from '@/lib/signing/mock-ca/ca-store';
import { buildCrl, buildRootCrl } from '@/lib/signing/mock-ca/crl';
import { respondToOcspRequest } from '@/lib/signing/mock-ca/ocsp';
import { respondToTimeStampRequest } from '@/lib/signing/mock-ca/tsa';

export interface PkiServerOptions {
  caDir?: string;
  /** The time the answers are made at; the real time when it returns undefined. */
  clock?: () => Date | undefined;
}

export async function startPkiServer(port: number, { caDir, clock = () => undefined }: PkiServerOptions = {}): Promise<{ baseUrl: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    requests.push(`${req.method} ${req.url}`);
    const der = (type: string, body: Uint8Array) => res.writeHead(200, { 'content-type': type }).end(Buffer.from(body));
    try {
      if (req.url?.startsWith('/api/pki/ocsp')) {
        const body = req.method === 'GET' ? Buffer.from(decodeURIComponent(req.url.split('/').pop() ?? ''), 'base64') : Buffer.concat(chunks);
        der('application/ocsp-response', await respondToOcspRequest(body, { caDir, now: clock() }));
      } else if (req.url === '/api/pki/crl') {
        der('application/pkix-crl', await buildCrl({ caDir, now: clock() }));
      } else if (req.url === '/api/pki/root-crl') {
        der('application/pkix-crl', await buildRootCrl({ caDir, now: clock() }));
      } else if (req.url === '/api/pki/issuer') {
        der('application/pkix-cert', (await loadCa(caDir)).issuing.der);
      } else if (req.url === '/api/pki/tsa' && req.method === 'POST') {
        der('application/timestamp-reply', await respondToTimeStampRequest(Buffer.concat(chunks), { caDir, now: clock() }));
      } else {
        res.writeHead(404).end();
      }
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  // Port 0 picks a free one: the base URL names the port really served.
  return { baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
