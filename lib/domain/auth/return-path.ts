// After signing in, the person goes back to the page they asked for: the letter a notification
// linked to, opened on the phone after the session had ended (`/masuk?kembali=…`). Only a path on
// this app: anything a browser could read as another host (`//host`, `/\host`, a tab or newline a
// browser drops, a scheme, dot segments that resolve to `//host`: halamanAplikasi) is refused, and
// they land on Beranda.
import { halamanAplikasi } from '@/lib/domain/input/halaman-aplikasi';

const MAX_LENGTH = 2000;
/** Pages that make no sense to return to: signing in and out again. */
const NEVER = /^\/(masuk|keluar|api\/auth)(\/|\?|$)/;

/** The path to return to, normalised, or null when `value` is not a plain path on this app. */
export function safeReturnPath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length > MAX_LENGTH) return null;
  // The fragment never reaches the server; the page is the path and query.
  const path = halamanAplikasi(value)?.replace(/#.*$/, '') ?? null;
  return path === null || NEVER.test(path) ? null : path;
}

/** Where a request without a session should come back to after signing in (null: Beranda). */
export function returnPathOf(url: URL): string | null {
  const copy = new URL(url.href);
  copy.searchParams.delete('_rsc'); // a client navigation's cache key, not part of the page's address
  const path = safeReturnPath(`${copy.pathname}${copy.search}`);
  return path === '/' ? null : path;
}

/** The sign-in page's address, returning to `path` afterwards when there is one. */
export function signInPath(path: string | null): string {
  return path ? `/masuk?kembali=${encodeURIComponent(path)}` : '/masuk';
}

/**
 * The page a redirect to the sign-in page returns to afterwards (`/masuk?kembali=…`; Beranda when
 * it names none), or null when `location` is not this app's sign-in page (`origin`: the app's own):
 * how a form tells that its action found the session ended.
 */
export function returnPathOfSignIn(location: string, origin = 'http://kembali.invalid'): string | null {
  let url: URL;
  try {
    url = new URL(location, origin);
  } catch {
    return null;
  }
  if (url.origin !== new URL(origin).origin || url.pathname !== '/masuk') return null;
  return safeReturnPath(url.searchParams.get('kembali')) ?? '/';
}

/** The request header proxy.ts sets on every request it passes: the page asked for, for requireActor. */
export const REQUESTED_PAGE_HEADER = 'x-eoffice-halaman';
