import { cookies } from 'next/headers';
import { hostCookieAttributes } from '@/lib/auth/cookie-names';
import { LAST_WRITE_COOKIE, LAST_WRITE_COOKIE_SECONDS } from '@/lib/db/read-freshness';
import { replicaUrls } from '@/lib/db/replica';

/**
 * After a state-changing request (a server action, a route's POST), where read replicas are
 * configured: the person's next pages read only a replica that holds what it wrote
 * (lib/db/read-freshness.ts). Set whether it succeeded or not: a refusal wrote nothing, and a
 * second of reads from the primary costs nothing.
 */
export async function markLastWrite(): Promise<void> {
  if (replicaUrls().length === 0) return;
  try {
    (await cookies()).set(LAST_WRITE_COOKIE, String(Date.now()), { httpOnly: true, sameSite: 'lax', ...hostCookieAttributes(), maxAge: LAST_WRITE_COOKIE_SECONDS });
  } catch {
    // Outside a request (a test calling the wrapper directly): there is no next page to read.
  }
}
