// Whether a state-changing request comes from this app's own pages. Browsers send Origin on every
// cross-site POST and Sec-Fetch-Site on every request; a foreign value means another site made the
// person's browser send it (CSRF). A request with neither is not from a browser page (curl, a
// signing tool calling the TSA), so it carries no one's cookies by accident and is let through.

const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function isStateChanging(method: string): boolean {
  return STATE_CHANGING.has(method.toUpperCase());
}

/** The origins this app is served under: the request's own host, the forwarded host behind a
 * reverse proxy, and AUTH_URL. */
function ownOrigins(url: string, headers: Headers): Set<string> {
  const own = new Set<string>([new URL(url).origin]);
  const host = headers.get('x-forwarded-host') ?? headers.get('host');
  if (host) {
    const proto = headers.get('x-forwarded-proto')?.split(',')[0]?.trim() || new URL(url).protocol.replace(':', '');
    own.add(`${proto}://${host.split(',')[0].trim()}`);
  }
  if (process.env.AUTH_URL) {
    try {
      own.add(new URL(process.env.AUTH_URL).origin);
    } catch {
      // A malformed AUTH_URL names no origin; Auth.js reports it on its own.
    }
  }
  return own;
}

export function isForeignOrigin(request: { url: string; headers: Headers }): boolean {
  // Fetch metadata is set by the browser itself and cannot be forged by a page; "none" is the
  // person typing the address or opening a bookmark.
  const site = request.headers.get('sec-fetch-site');
  if (site === 'same-origin' || site === 'none') return false;
  if (site === 'cross-site' || site === 'same-site') return true;
  // Older browsers send no fetch metadata: compare Origin with the addresses this app answers on.
  const origin = request.headers.get('origin');
  if (origin === null) return false;
  // "null" is what a sandboxed frame or a file:// page sends: never this app.
  return origin === 'null' || !ownOrigins(request.url, request.headers).has(origin);
}
