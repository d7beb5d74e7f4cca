// A BSrE look-alike on a real HTTP port, beside the mock CA's TSA, CRL and OCSP on their own port (the
// adapter extends BSrE's B-T answer to B-LTA from the addresses in the certificates): the set-up of
// every test that signs through BSrE. Files and the mock CA live in fresh temporary folders.
import { mkdtemp } from 'node:fs/promises';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startPkiServer } from './pki-http-server';

export const BSRE_CLIENT = { user: 'eoffice', password: 'klien-rahasia' };

export interface BsreLookAlike {
  url: string;
  pki: Awaited<ReturnType<typeof startPkiServer>>;
  tsaUrl: string;
  close(): Promise<void>;
}

/** `serve` makes the server once MOCK_CA_DIR points at the fresh CA (its backend reads it). */
export async function startBsreLookAlike(prefix: string, serve: () => Server | Promise<Server>): Promise<BsreLookAlike> {
  const authUrlBefore = process.env.AUTH_URL;
  process.env.STORAGE_DIR = await mkdtemp(path.join(tmpdir(), `${prefix}-`));
  process.env.MOCK_CA_DIR = path.join(await mkdtemp(path.join(tmpdir(), `${prefix}-ca-`)), 'ca');
  const pki = await startPkiServer(0);
  process.env.AUTH_URL = pki.baseUrl;
  const server = await serve();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    pki,
    tsaUrl: `${pki.baseUrl}/api/pki/tsa`,
    async close() {
      await pki.close();
      if (authUrlBefore === undefined) delete process.env.AUTH_URL;
      else process.env.AUTH_URL = authUrlBefore;
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}
