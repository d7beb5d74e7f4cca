// A local port that was free a moment ago and has nothing listening now: for "the server is down"
// (connection refused) before a server is started on it. Fixed port numbers would clash between
// test workers running at the same time, and with other checkouts on the same machine.
import { createServer } from 'node:net';
import type { AddressInfo } from 'node:net';

export async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise((resolve) => probe.close(resolve));
  return port;
}
