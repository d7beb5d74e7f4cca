import 'server-only';
import { cache } from 'react';
import { cookies, headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { auth } from '@/lib/auth/auth';
import type { Actor } from '@/lib/authz/actor';
import { loadActor } from '@/lib/services/auth/load-actor';

/** Cookie that remembers which post (own, Plt. or Plh.) the person is acting as. */
export const ACTIVE_POST_COOKIE = 'eoffice_jabatan';

/** The signed-in actor, or null. Cached per request so layout, page and action share one load. */
export const findCurrentActor = cache(async (): Promise<Actor | null> => {
  const session = await auth();
  const pegawaiId = session?.user?.id;
  if (!pegawaiId) return null;
  const [jar, h] = await Promise.all([cookies(), headers()]);
  return loadActor(pegawaiId, {
    preferredJabatanId: jar.get(ACTIVE_POST_COOKIE)?.value ?? null,
    request: { ip: h.get('x-forwarded-for')?.split(',')[0]?.trim() ?? null, userAgent: h.get('user-agent') },
  });
});

/** The signed-in actor; anyone else is sent to the sign-in page. */
export async function requireActor(): Promise<Actor> {
  const actor = await findCurrentActor();
  if (!actor) redirect('/masuk');
  return actor;
}
