// The mock CA's OCSP and CRL endpoints on a local port, so pdfsig (NSS) can fetch revocation
// status from the addresses in the certificates the way a real verifier does.
import { createServer, type Server } from 'node:http';
import { buildCrl } from '@/lib/signing/mock-ca/crl';
import { respondToOcspRequest } from '@/lib/signing/mock-ca/ocsp';

export async function startPkiServer(port: number): Promise<{ baseUrl: string; requests: string[]; close(): Promise<void> }> {
  const requests: string[] = [];
  const server: Server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    requests.push(`${req.method} ${req.url}`);
    try {
      if (req.url?.startsWith('/api/pki/ocsp')) {
        const body = req.method === 'GET' ? Buffer.from(decodeURIComponent(req.url.split('/').pop() ?? ''), 'base64') : Buffer.concat(chunks);
        res.writeHead(200, { 'content-type': 'application/ocsp-response' }).end(Buffer.from(await respondToOcspRequest(body)));
      } else if (req.url === '/api/pki/crl') {
        res.writeHead(200, { 'content-type': 'application/pkix-crl' }).end(Buffer.from(await buildCrl()));
      } else {
        res.writeHead(404).end();
      }
    } catch {
      res.writeHead(500).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  return { baseUrl: `http://127.0.0.1:${port}`, requests, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
