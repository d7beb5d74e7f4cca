import 'server-only';
import { createHash } from 'node:crypto';
import { SESSION_COOKIE } from './cookie-names';

/** How long a decoded session cookie is reused: a few page views of one person. */
const FRESH_MS = 5_000;
const MAX_ENTRIES = 5_000;


export interface SessionCookie {
  name: string;
  value: string;
}

/**
 * Remembers, per server process and for a few seconds, what a session cookie decoded to, so the
 * pages of one visit do not each pay Auth.js' decryption and re-encryption of the same cookie.
 * Keyed by a hash of the cookie itself: another cookie is another entry. Safe to reuse because the
 * decoded session only names the person and their Sesi row; whether that row is still open is read
 * from the database on every request (load-actor).
 */
export function createSessionMemo<S>(decode: () => Promise<S>) {
  const recent = new Map<string, { at: number; session: Promise<S> }>();
  return (cookies: SessionCookie[], now = Date.now()): Promise<S> => {
    const parts = cookies.filter((c) => SESSION_COOKIE.test(c.name)).sort((a, b) => a.name.localeCompare(b.name));
    if (parts.length === 0) return decode();
    const key = createHash('sha256')
      .update(parts.map((c) => `${c.name}=${c.value}`).join(';'))
      .digest('base64url');
    const hit = recent.get(key);
    if (hit && now - hit.at < FRESH_MS) return hit.session;
    if (recent.size >= MAX_ENTRIES) {
      for (const [k, entry] of recent) if (now - entry.at >= FRESH_MS) recent.delete(k);
      if (recent.size >= MAX_ENTRIES) recent.clear();
    }
    const session = decode();
    recent.set(key, { at: now, session });
    session.catch(() => recent.delete(key));
    return session;
  };
}
