import { isIP } from 'node:net';

// The address a request came from, for rate limits and the audit log. Next.js fills
// X-Forwarded-For with the socket address only when the request has none, and every reverse proxy
// appends the address it saw, so the trustworthy entry is the one the outermost trusted proxy
// appended: counted from the right, TRUSTED_PROXY_HOPS entries in (the README says how to set it).
// Anything further left was written by the client and is ignored. With no trusted proxy, Next keeps
// a header the client wrote instead of the socket's address, so proxy.ts drops it first
// (withoutUntrustedForwarding).

function trustedHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 0);
  return Number.isInteger(hops) && hops > 0 ? hops : 0;
}

function normalise(entry: string | undefined): string | null {
  const address = entry?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, '');
  return address && isIP(address) ? address : null;
}

/**
 * The request headers to hand on: without X-Forwarded-For when no trusted proxy wrote it, so Next
 * fills it from the socket (it only fills a missing header).
 */
export function withoutUntrustedForwarding(headers: Headers): Headers {
  const copy = new Headers(headers);
  if (trustedHops() === 0) copy.delete('x-forwarded-for');
  return copy;
}

/** The client address, or null when the request carries none that can be trusted. */
export function clientAddress(headers: Pick<Headers, 'get'>): string | null {
  const chain = (headers.get('x-forwarded-for') ?? '').split(',').filter((entry) => entry.trim() !== '');
  // With no proxy (0 hops) the last entry is the one Next.js took from the socket.
  const index = chain.length - Math.max(trustedHops(), 1);
  return index >= 0 ? normalise(chain[index]) : null;
}

/** Address and user agent as the audit log records them. */
export function requestOrigin(headers: Pick<Headers, 'get'>): { ip: string | null; userAgent: string | null } {
  return { ip: clientAddress(headers), userAgent: headers.get('user-agent') };
}
