import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { auth } from '@/lib/auth/auth';
import { activePostCookieName } from '@/lib/auth/cookie-names';
import { createSessionMemo } from '@/lib/auth/recent-sessions';
import { REQUESTED_PAGE_HEADER, safeReturnPath, signInPath } from '@/lib/domain/auth/return-path';
import type { Actor } from '@/lib/authz/actor';
import { requestOrigin } from '@/lib/security/client-address';
import { loadActor } from '@/lib/services/auth/load-actor';

const recentSession = createSessionMemo(() => auth());

/**
 * The signed-in actor, or null. The cookie's session must still be open in the database (a cookie
 * from before sessions were rows names none and is refused). Cached per request so layout, page and
 * action share one load.
 */
export const findCurrentActor = cache(async (): Promise<Actor | null> => {
  const [jar, h] = await Promise.all([cookies(), headers()]);
  const session = await recentSession(jar.getAll());
  const pegawaiId = session?.user?.id;
  const sesiId = session?.sesiId;
  if (!pegawaiId || !sesiId) return null;
  return loadActor(pegawaiId, {
    sesiId,
    preferredJabatanId: jar.get(activePostCookieName())?.value ?? null,
    request: requestOrigin(h),
  });
});

/** The signed-in actor; anyone else is sent to the sign-in page, and back to this page afterwards. */
export async function requireActor(): Promise<Actor> {
  const actor = await findCurrentActor();
  if (!actor) redirect(signInPath(safeReturnPath((await headers()).get(REQUESTED_PAGE_HEADER))));
  return actor;
}
