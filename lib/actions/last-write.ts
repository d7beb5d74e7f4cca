import { cookies } from 'next/headers';
import { hostCookieAttributes } from '@/lib/auth/cookie-names';
import { LAST_WRITE_COOKIE, LAST_WRITE_COOKIE_SECONDS, replicaUrls } from '@/lib/db/read-freshness';

/** The last-write cookie (lib/db/read-freshness.ts) saying the person wrote at `at`. */
export function lastWriteCookie(at: number) {
  return { name: LAST_WRITE_COOKIE, value: String(at), httpOnly: true, sameSite: 'lax' as const, ...hostCookieAttributes(), maxAge: LAST_WRITE_COOKIE_SECONDS };
}

/**
 * After a state-changing request (a server action, a route's POST), where read replicas are
 * configured: the person's next pages read only a replica that holds what it wrote
 * (lib/db/read-freshness.ts). Set whether it succeeded or not: a refusal wrote nothing, and a
 * second of reads from the primary costs nothing.
 */
export async function markLastWrite(): Promise<void> {
  if (replicaUrls().length === 0) return;
  try {
    (await cookies()).set(lastWriteCookie(Date.now()));
  } catch {
    // Outside a request (a test calling the wrapper directly): there is no next page to read.
  }
}
