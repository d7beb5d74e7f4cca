import { CALLBACK_URL_COOKIE } from '@/lib/auth/cookie-names';

// Auth.js keeps the address to return to after sign-in in a cookie (authjs.callback-url) and refuses
// every request whose cookie is not an http(s) address or a path ("InvalidCallbackUrl"): the session
// read fails, so the person is signed out on every page and cannot sign in again while the cookie
// stays. Auth.js only ever writes a valid one; a bad one is planted (a sibling subdomain or a plain
// http page can set a cookie for this host: cookie tossing). proxy.ts drops it from the request and
// expires it in the answer.

/** Auth.js' own test (isValidHttpUrl): an http(s) address, or a path on the app's origin. */
function usableCallbackUrl(value: string): boolean {
  let decoded = value;
  try {
    decoded = decodeURIComponent(value);
  } catch {
    // Auth.js' cookie parser keeps a value it cannot decode as it is.
  }
  try {
    return /^https?:$/.test(new URL(decoded, decoded.startsWith('/') ? 'http://localhost' : undefined).protocol);
  } catch {
    return false;
  }
}

/** The names of the callback-url cookies in a Cookie header that Auth.js would refuse. */
export function unusableCallbackCookies(cookieHeader: string | null): string[] {
  if (!cookieHeader) return [];
  const names: string[] = [];
  for (const pair of cookieHeader.split(';')) {
    const at = pair.indexOf('=');
    const name = (at === -1 ? pair : pair.slice(0, at)).trim();
    if (CALLBACK_URL_COOKIE.test(name) && !usableCallbackUrl(at === -1 ? '' : pair.slice(at + 1).trim())) names.push(name);
  }
  return names;
}

/** The Cookie header without the named cookies. */
export function withoutCookies(cookieHeader: string, names: readonly string[]): string {
  return cookieHeader
    .split(';')
    .filter((pair) => !names.includes(pair.split('=', 1)[0]!.trim()))
    .join(';')
    .trim();
}
