// Prisma where-filters that say what an actor may see. Every list and every get goes through one
// of these, so a guessed id outside the scope simply finds nothing.
import type { Actor } from './actor';
import { opdIdsWithRole } from './policy';
import type { ROLE_PERMISSIONS } from './permissions';

/** OPD rows the actor may manage or view through a role. */
export function opdScope(actor: Actor, permission: keyof typeof ROLE_PERMISSIONS) {
  const ids = opdIdsWithRole(actor, permission);
  return ids === 'ALL' ? { instansiId: actor.instansiId } : { instansiId: actor.instansiId, id: { in: ids } };
}

/** Rows that carry an opdId (jabatan, unit kerja, pegawai...) inside the actor's role scope. */
export function opdOwnedScope(actor: Actor, permission: keyof typeof ROLE_PERMISSIONS) {
  const ids = opdIdsWithRole(actor, permission);
  return ids === 'ALL' ? { opd: { instansiId: actor.instansiId } } : { opdId: { in: ids } };
}

/** Deliveries in the inbox of the post the actor is acting as. */
export function inboxScope(actor: Actor) {
  return actor.activePost ? { jabatanId: actor.activePost.jabatanId } : { jabatanId: { in: [] as string[] } };
}

/** Audit rows the actor may read. */
export function auditScope(actor: Actor) {
  const ids = opdIdsWithRole(actor, 'audit.view');
  return ids === 'ALL' ? { instansiId: actor.instansiId } : { instansiId: actor.instansiId, opdId: { in: ids } };
}
