import { loadActor } from '@/lib/services/auth/load-actor';
import type { Actor } from '@/lib/authz/actor';

/** The actor as the app would build it for this pegawai, failing loudly if they cannot sign in. */
export async function actorFor(pegawaiId: string, preferredJabatanId?: string): Promise<Actor> {
  const actor = await loadActor(pegawaiId, { preferredJabatanId });
  if (!actor) throw new Error(`pegawai ${pegawaiId} has no actor`);
  return actor;
}
